// The prompt library, gathered in one module: the build bundles it as one
// file that the command loads only when it has a question to ask.
export { default as select } from '@inquirer/select';
export { default as confirm } from '@inquirer/confirm';
export { default as checkbox } from '@inquirer/checkbox';
export { default as input } from '@inquirer/input';
