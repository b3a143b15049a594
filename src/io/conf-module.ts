// conf, behind a named export: the build bundles this module as its own file
// (loaded only when a profile is written), and a named export reads the same
// whether it is loaded as an ES module or as the bundled CommonJS file.
export { default as Conf } from 'conf';
