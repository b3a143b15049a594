// Company and role: the employer (never the agency) and the job title, or null.
import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/index.js';

describe('the employer, not the recruiting agency', () => {
  it.each([
    ["I'm with TalentBridge, recruiting for Northwind Robotics. They need a Staff Engineer.", 'Northwind Robotics'],
    ['Hi Sam, I am a recruiter at Apex Talent working on behalf of Quillon Bank.', 'Quillon Bank'],
    ['My client, Harbor Freightworks, is hiring a Data Engineer.', 'Harbor Freightworks'],
    ['We are hiring a Platform Engineer for Marlow & Finch Insurance in Leeds.', 'Marlow & Finch Insurance'],
    ["I lead the payments team at Ledgerlane and we're hiring.", 'Ledgerlane'],
    ["I'm the hiring manager at Brightwater Analytics. We're growing fast.", 'Brightwater Analytics'],
    ['Ironbark Security is hiring account executives. Why join Ironbark?', 'Ironbark Security'],
    ['At Evergrove Life Financial we are expanding.', 'Evergrove Life Financial'],
    ['Company: Saltmarsh Studio\nRole: Product Designer', 'Saltmarsh Studio'],
  ])('%s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });

  it.each([
    ['an unnamed client', 'My client, a fast-growing fintech, is hiring a Backend Engineer.'],
    ['only the agency', 'I am a Recruiter at Lonestar IT Solutions. We have a requirement with our direct client, a leading insurer.'],
    ['no company at all', 'Hi, are you open to new roles? Let me know.'],
    ['a platform is no employer', 'I found your profile on LinkedIn and your repo on GitHub.'],
    ['a time is no employer', 'Join our session at 7pm CST.'],
  ])('%s: null', (_case, text) => {
    expect(readMessage(text).company).toBeNull();
  });
});

describe('the job title', () => {
  it.each([
    ['Subject: Staff Engineer opportunity at Acme\n\nHi Jo,\nquick note.', 'Staff Engineer'],
    ['Subject: Staff Software Engineer, Payments at Ledgerlane\n\nHi Jo', 'Staff Software Engineer, Payments'],
    ['We need a part-time Frontend Engineer (contract) for 20 hours a week.', 'Frontend Engineer (contract)'],
    ['Role: Senior Backend Engineer\nLocation: Remote', 'Senior Backend Engineer'],
    ['We are looking for motivated people to join us as Life Insurance Agents.', 'Life Insurance Agent'],
  ])('%s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });

  it("is not the reader's own title, nor the sender's", () => {
    expect(readMessage('Your background as a Regional Sales Manager caught our eye. We are hiring a Solutions Architect.').role).toBe(
      'Solutions Architect',
    );
    expect(readMessage("I'm Wendell, CTO at Greenlock Civic. We need a Frontend Engineer.").role).toBe('Frontend Engineer');
    expect(readMessage('We are hiring a Data Engineer.\n\nBest,\nAna\nEngineering Manager, Acme').role).toBe('Data Engineer');
  });

  it('several unrelated jobs listed: no one title', () => {
    expect(
      readMessage('We have openings for:\n- Java Developer\n- Registered Nurse\n- Truck Driver\n- Sales Representative').role,
    ).toBeNull();
  });
  it('no title: null', () => {
    expect(readMessage('Hi, would you be open to a chat about your next move?').role).toBeNull();
  });
});
