// Mass-pitch signs, each with its quote, and the verdict they give.
import { describe, expect, it } from 'vitest';
import { readMessage, readMessageText } from '../../../src/core/message/index.js';

const kinds = (text: string) => readMessage(text).signals.map((s) => `${s.kind}: ${s.text}`);

describe('mass signs', () => {
  it.each([
    ['{{first_name}}', 'Hi {{first_name}}, we have a role for you.', 'an unfilled placeholder'],
    ['[FIRST NAME]', 'Dear [FIRST NAME], please send your resume.', 'an unfilled placeholder'],
    ['%FIRSTNAME%', 'Hello %FIRSTNAME%!', 'an unfilled placeholder'],
    ['<name>', 'Hi <name>, quick question.', 'an unfilled placeholder'],
    ['Dear Candidate', 'Dear Candidate,\nWe are hiring.', 'a greeting for anyone'],
    ['Hello Professional', 'Hello Professional,\nWe are hiring.', 'a greeting for anyone'],
    ['unsubscribe footer', 'A role for you.\n\nTo unsubscribe, click here.', 'an unsubscribe or STOP footer'],
    ['Reply STOP', 'Great role, call me. Reply STOP to opt out', 'an unsubscribe or STOP footer'],
    ['hype figure', 'Make $100k+ your first year!', 'a hype figure'],
    ['unlimited earning potential', 'Unlimited earning potential for the right people.', 'a hype figure'],
    ['no experience needed', 'No experience needed, we train you.', '"no experience needed"'],
  ])('%s', (_name, text, sign) => {
    const found = readMessage(text);
    expect(kinds(text)).toContain(`mass: ${sign}`);
    expect(found.signals.every((s) => s.quote.length > 0 && s.quote.length <= 80 && !/[\u0000-\u001f]/.test(s.quote))).toBe(true);
  });

  it.each([
    ['To: undisclosed-recipients', { to: 'undisclosed-recipients:;' }, 'sent to undisclosed recipients'],
    ['Precedence: bulk', { precedence: 'bulk' }, 'sent as bulk mail (Precedence header)'],
    ['List-Unsubscribe', { 'List-Unsubscribe': '<mailto:u@example.com>' }, 'a mailing list unsubscribe header'],
  ])('the %s header alone is a mass pitch', (_name, headers, sign) => {
    const found = readMessageText({ subject: 'A role', body: 'Hi Sam, a role for you.', headers });
    expect(found.signals.map((s) => s.text)).toContain(sign);
    expect(found.massPitch).toBe(true);
  });

  it('reads the header block of pasted text', () => {
    expect(readMessage('To: undisclosed-recipients:;\nSubject: Jobs\n\nHi, jobs for you.').massPitch).toBe(true);
  });

  it('several unrelated roles listed', () => {
    expect(kinds('Open now:\n- Java Developer\n- Registered Nurse\n- Truck Driver')).toContain('mass: several unrelated roles');
  });

  it('a placeholder alone is enough; urgency alone is not', () => {
    expect(readMessage('Hi {{first_name}}, a role for you.').massPitch).toBe(true);
    expect(readMessage('Hi Sam, positions filling fast, apply today!').massPitch).toBeNull();
  });
});

describe('personal signs', () => {
  it.each([
    ['your talk', 'I watched your talk at RustConf on async cancellation.'],
    ['your post', 'Your post on Postgres vacuum tuning was great.'],
    ['your project', 'Your open-source project tern-db is what we use.'],
    ['your PR', 'Your pull request to formwright fixed our bug.'],
    ['your paper', 'I read your paper on learned indexes.'],
    ['your case study', 'Your case study on redesigning ticket machines stuck with me.'],
  ])('names your own work: %s', (_name, text) => {
    expect(kinds(text)).toContain('personal: names your own work');
    expect(readMessage(text).massPitch).toBe(false);
  });
  it.each([
    ["I'm the hiring manager for this role."],
    ['I lead the platform team at Acme.'],
    ["I'm Tamsin, design director at Saltmarsh Studio."],
    ['You would report directly to me.'],
  ])('the hiring manager writing: %s', (text) => {
    expect(kinds(text)).toContain('personal: the hiring manager writing directly');
    expect(readMessage(text).massPitch).toBe(false);
  });
  it('a recruiter is no hiring manager', () => {
    expect(kinds("I'm a technical recruiter at Acme.")).not.toContain('personal: the hiring manager writing directly');
  });
});

describe('the traps', () => {
  it('a first name and skills copied from a profile prove nothing: can\u2019t tell', () => {
    const found = readMessage(
      'Hi Priya,\n\nI was impressed by your experience with Kubernetes, Terraform, AWS and Go. Open to a DevOps Engineer role at Tallowmere Games?',
    );
    expect(found.massPitch).toBeNull();
  });
  it('a personal message with one hype phrase is not a mass pitch', () => {
    const found = readMessage(
      'Hi Lee, I watched your talk at StrangeLoop on CRDTs. We offer unlimited earning potential through profit sharing. Chat?',
    );
    expect(found.signals.some((s) => s.kind === 'mass')).toBe(true);
    expect(found.massPitch).toBe(false);
  });
  it('a template with a placeholder is a mass pitch even if it flatters', () => {
    expect(readMessage('Hi {{first_name}}, I loved your talk at {{conference}}. Unsubscribe here.').massPitch).toBe(true);
  });
});

describe('a message that says it went to several people', () => {
  it.each([
    "Hi there, I'm reaching out to a handful of senior data folks about a role.",
    "Hello there! We're contacting several experienced developers in Leeds this week.",
    "Hi all, I'm writing to a few talented designers about an opening.",
  ])('%s', (text) => {
    expect(kinds(text)).toContain('mass: says it goes to several people');
    expect(readMessage(text).massPitch).toBe(true);
  });
  it('a personal reference still wins over it', () => {
    expect(
      readMessage("Hi Ana, I'm reaching out to a few people, but mostly to you: your talk on Raft at StrangeLoop was great.").massPitch,
    ).toBe(false);
  });
});

describe('the owner or founder writing about their own business', () => {
  it.each([
    'Hi Kim, I run a four-person bookbinding studio and need a Shopify Developer.',
    'Hi Kim, I founded a small logistics startup last year and we need help.',
    'Hi Kim, I own a bakery chain and want an Ops Analyst.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('personal: the hiring manager writing directly');
    expect(readMessage(text).massPitch).toBe(false);
  });
  it('running a recruiting agency is no hiring manager', () => {
    expect(kinds('Hi Kim, I run a boutique recruiting agency for fintech.')).not.toContain('personal: the hiring manager writing directly');
  });
  it('a named thing of theirs: "your <Name> plugin for"', () => {
    expect(kinds('Your Blender addon for retopology saved us hours.')).toContain('personal: names your own work');
    expect(kinds('Your current tool for this is probably Excel.')).not.toContain('personal: names your own work');
  });
});

describe('asking the reader to spread it, and rewarding them for it, are mass signs', () => {
  it.each([
    ['pass this on', 'Hi there,\nA Backend Engineer role in Leeds. If not for you, please pass this on to your network.'],
    ['know anyone who', 'Hello there! We need QA testers. Know anyone who would fit? Send them my way.'],
    ['a referral bonus', 'Hi all, we are hiring Java developers. We offer a £750 referral bonus for anyone you introduce.'],
    ['refer and earn', "Hi there, Support Agents wanted. Refer a friend and earn $1,000 when they're hired!"],
  ])('%s with a greeting for anyone: a mass pitch', (_name, text) => {
    expect(readMessage(text).massPitch).toBe(true);
  });

  it('asking to pass it on alone is not enough', () => {
    expect(
      readMessage('Hi Dana, a Rust role at Quay Labs. If it is not for you, do you know anyone who might like it?').massPitch,
    ).toBeNull();
  });

  it('several unrelated jobs written to a type of person: a mass pitch', () => {
    const text = [
      'Hi Femi,',
      'Some roles that could suit someone with your skills:',
      '• Android Developer – Retail',
      '• Network Engineer – Telecoms',
      '• Payroll Administrator – Public Sector',
      'Let me know!',
    ].join('\n');
    expect(readMessage(text).massPitch).toBe(true);
  });
});

describe('someone who knows the person from work: personal', () => {
  it.each([
    ['we built it together', 'Hey Kit, Ana here - we built the billing pipeline together at Larkspur. My new team needs a Data Engineer.'],
    ['former colleague', 'Hi Ravi, your former colleague here from Dunmore Labs; we are hiring an SRE.'],
    ['remember me', 'Hi Jo, remember me from the Tidewater migration? I have a Platform Engineer role for you.'],
    ['worked together', 'Hi Sam, we worked together at Oxbow years ago. Any interest in a Staff role?'],
  ])('%s', (_name, text) => {
    const found = readMessage(text);
    expect(found.signals.map((s) => s.kind)).toContain('personal');
    expect(found.massPitch).toBe(false);
  });

  it('a quoted first outreach that names their own entry or game makes the thread personal', () => {
    const text = [
      'Hi Mo, the studio confirmed the role is still open.',
      '',
      '-----Original Message-----',
      'From: Rae',
      '',
      'Hi Mo, I played Cinderwick, your entry for the Ludum Dare last spring, and loved the lighting.',
    ].join('\n');
    expect(readMessage(text).massPitch).toBe(false);
  });
});

describe('a conversation in person, shared past work, and personal notes in other languages', () => {
  it.each([
    ['Hi Ola, thanks for chatting with me at the Oslo Rust meetup on Tuesday. Here is the role we discussed.'],
    ['Hi Ben, great to meet you at the DataCraft conference. As promised, details below.'],
    ['Hi Mia, following up on our call last week: the job is below.'],
    ["Hey Raj, it's Lena from the Brightfold days. We're hiring and I thought of you."],
    ['Hi Tom, the release tooling you built at Quarrystone is still in use. Want to talk?'],
    ['Bonjour Anne, votre présentation sur les tests de charge m’a marqué. Nous recrutons.'],
    ['Hallo Felix, Ihr Vortrag über Kafka in Köln hat mir gefallen. Wir suchen Verstärkung.'],
    ['Hoi Daan, je talk over Postgres was erg goed. We zoeken een ontwikkelaar.'],
    ['Bonjour Marc,\n\nJe suis Hélène Vidal, CTO de Lumen Atelier. Nous recrutons un développeur.'],
  ])('%s', (text) => {
    expect(readMessage(text).massPitch).toBe(false);
  });

  it('"thanks for connecting" with no place met is no personal sign', () => {
    const found = readMessage('Hi Sam, thanks for connecting! We have several openings across our clients. Reply STOP to opt out.');
    expect(found.signals.some((s) => s.kind === 'personal')).toBe(false);
    expect(found.massPitch).toBe(true);
  });
});

describe('personal signs in the Nordic languages, and a writer introduced by full name', () => {
  it.each([
    ['Hej Sara, jag har läst koden i ditt projekt Stigkarta och blev imponerad.', 'personal: names your own work'],
    ['Hei Ola, vi trenger en utvikler til mitt team i Bergen.', 'personal: the hiring manager writing directly'],
    ["Hi Jo, I'm Aisha Rahman, engineering manager at Tidewater, and we're growing.", 'personal: the hiring manager writing directly'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
    expect(readMessage(text).massPitch).toBe(false);
  });
  it("'I'm working on a search' names no job of the writer's", () => {
    expect(kinds("I'm working on a confidential Head of Data search for a client.")).not.toContain(
      'personal: the hiring manager writing directly',
    );
  });
});

describe('the person’s own work, named, in more languages and forms', () => {
  it.each([
    'Je suis tombé sur ton projet tramway-gtfs sur GitHub.',
    'Ik kwam je case study "Van 7 naar 3 tikken" tegen op je portfolio.',
    'Vi tu charla sobre colas en la PyConES y me encantó.',
    'Ho letto il tuo articolo sul caching distribuito.',
    'byłam na Twoim wystąpieniu „asyncio bez bólu” na meetupie.',
    'Our lead designer played your Ludum Dare 55 entry "Lantern Keeper" twice.',
    'I read your case study "Checkout in three taps" on your portfolio.',
  ])('%s', (text) => {
    const found = readMessage(`Hi,\n\n${text}\n\nWe are hiring a Product Designer.`);
    expect(found.signals.some((s) => s.kind === 'personal')).toBe(true);
    expect(found.massPitch).toBe(false);
  });
});

describe('more ways of naming the person’s own work', () => {
  it.each([
    'I read your report on bus franchising ("Beyond the Metros", March 2024) and it is our problem exactly.',
    'Our coordinator shared the solar-oven engineering unit you published on your class blog.',
    'Remember the Harcastle arbitration we slogged through at Lyle Morton in 2019?',
  ])('%s', (text) => {
    const found = readMessage(`Hi,\n\n${text}\n\nWe are hiring a Policy Adviser.`);
    expect(found.signals.some((s) => s.kind === 'personal')).toBe(true);
    expect(found.massPitch).toBe(false);
  });
});

describe('placeholders in other languages, and more of the person’s own work', () => {
  it('an unfilled [FÖRNAMN] is a placeholder', () => {
    expect(kinds('Hej [FÖRNAMN]!\n\nVi söker säljare.')).toContain('mass: an unfilled placeholder');
  });

  it.each([
    'A colleague sent me your blog post breaking down the rain-on-glass shader from your Kyoto alley scene.',
    'joguei o "Farol Quebrado", seu jogo da Ludum Dare 54, e li o seu devlog.',
  ])('%s', (text) => {
    const found = readMessage(`Hi,\n\n${text}\n\nWe are hiring a Technical Artist.`);
    expect(found.signals.some((s) => s.kind === 'personal')).toBe(true);
    expect(found.massPitch).toBe(false);
  });
});

describe('the shape of a template: a pasted advert, a stock opening, a booking link, a bare greeting', () => {
  const advert = [
    'What they are looking for:',
    '• 5+ years of Go',
    '• Kafka and Postgres',
    '',
    'Comp & perks:',
    '• $165k-$190k base',
    '• 401(k) match',
  ].join('\n');

  it.each([
    ['two headed lists', `Hi Sam,\n\nA role for you.\n\n${advert}`, 'a job advert pasted in'],
    [
      'headings that ask',
      'Hoi,\n\nWat bieden we?\n- 25 vakantiedagen\n- Een 13e maand\nWat vragen we?\n- Mbo 4\n- Goed Nederlands',
      'a job advert pasted in',
    ],
    ['numbered lists', 'Role:\n1. Build APIs\n2. Run on-call\nOffer:\n1) Equity\n2) Remote', 'a job advert pasted in'],
    ['"I came across your profile"', 'Hi Sam, I came across your profile and have a role.', 'a stock opening about your profile'],
    ['"your background caught my eye"', 'Hi Sam, your background caught my eye.', 'a stock opening about your profile'],
    ['German', 'Hallo Herr Becker, ich bin auf Ihr XING-Profil aufmerksam geworden.', 'a stock opening about your profile'],
    ['Italian', 'Buongiorno, ho visto il suo profilo e vorrei proporle un ruolo.', 'a stock opening about your profile'],
    ['a calendly link', 'Grab a slot: calendly.com/dana/15min', 'a booking link'],
    ['"grab any time"', 'Open to a chat? Grab any time here: cal.example.io/tasha', 'a booking link'],
    ['"Ciao!"', 'Ciao!\nPer un cliente cerco uno store manager.', 'a greeting with no name'],
    ['"Hallo,"', 'Hallo,\nich habe eine Position für Sie.', 'a greeting with no name'],
    [
      'Dutch unsubscribe footer',
      'Nieuwe vacatures.\n\nJe ontvangt deze e-mail omdat je een melding hebt. Afmelden',
      'an unsubscribe or STOP footer',
    ],
    ['Spanish "share it"', 'Si te interesa mándame tu CV o compártelo con quien pueda interesarle', 'asks you to pass it on'],
    ['German "do you know anyone"', 'Kennen Sie jemanden, der passen würde?', 'asks you to pass it on'],
    ['"appreciate any referrals"', "If the timing isn't right, I'd really appreciate any referrals.", 'asks you to pass it on'],
    ['a fee per introduction', 'We pay £1,000 for every successful introduction.', 'a referral bonus offered to you'],
    ['in pesos', "Refer a friend and get ₱3,000 once they're hired", 'a referral bonus offered to you'],
    ['hashtags', 'We are hiring!\n#BPOJobs #HiringNow #OrtigasJobs', 'hashtags of a public post'],
  ])('%s', (_name, text, sign) => {
    expect(kinds(text)).toContain(`mass: ${sign}`);
  });

  it.each([
    ['one headed list', 'Hi Sam,\n\nThe role:\n- Build APIs\n- Run on-call\n\nComp: $150k.'],
    ['a heading with no list under it', 'Hi Sam,\nWhat we offer:\nA lot.\nWhat we need:\nYou.'],
    ['a sentence with a colon', 'Here is the thing: we need you.\n- one\n- two'],
  ])('no advert: %s', (_name, text) => {
    expect(kinds(text)).not.toContain('mass: a job advert pasted in');
  });

  it.each([
    ['a name', 'Hi Sam,\nA role.'],
    ['a greeting inside a sentence', 'Hi! I saw your talk on Rust at RustConf.'],
  ])('no bare greeting: %s', (_name, text) => {
    expect(kinds(text)).not.toContain('mass: a greeting with no name');
  });

  it('a named, courteous agency template with an advert and a stock opening: can\u2019t tell', () => {
    const text = `Hallo Herr Becker,\n\nich bin auf Ihr Profil gestoßen und melde mich im Auftrag unseres Kunden.\n\nDas bietet unser Kunde:\n• Gehalt bis 85.000 €\n• 30 Tage Urlaub\nDas bringen Sie mit:\n• 5 Jahre Java\n• Deutsch C1\n\nViele Grüße\nKatrin`;
    expect(readMessage(text).massPitch).toBeNull();
  });

  it('the same advert to nobody by name, "Hi there", is a mass pitch', () => {
    expect(readMessage(`Hi there,\n\nA role I'm working on.\n\n${advert}`).massPitch).toBe(true);
  });

  it('the shape of a template alone proves nothing, however many of its signs: "Ciao!", an advert, a booking link', () => {
    const found = readMessage(`Ciao!\n\nI came across your profile.\n\n${advert}\n\nGrab a slot: calendly.com/dana`);
    expect(found.signals.filter((s) => s.kind === 'mass').length).toBeGreaterThanOrEqual(3);
    expect(found.massPitch).toBeNull();
  });

  // Probes of a review: friends and hiring managers write so, and must never be called a mass pitch.
  it.each([
    [
      'a friend with a booking link',
      'Hi!\n\nLong time no see. My company is hiring a backend engineer and I thought of you straight away. Want to catch up over coffee next week? Grab a time here: calendly.com/sam-lee/30min\n\nSam',
    ],
    [
      'a friend who saw the profile',
      "Hey!\n\nI saw your profile pop up on LinkedIn today and remembered our hackathon days. We're hiring at Ferncliff. Interested?\n\nJo",
    ],
    [
      'a hiring manager who came across the profile',
      "Hi,\n\nI came across your profile while looking for people who've worked on Kafka at scale. We're hiring a Staff Engineer at Lumen. Chat?\n\nRuth",
    ],
    [
      'a follow-up with two lists',
      'Hello,\n\nThanks for the chat yesterday. As promised, two things:\n\nNext steps:\n1. A call with our CTO\n2. A short take-home\n\nQuestions to think about:\n- What salary are you after?\n- When could you start?\n\nBest,\nTom',
    ],
    [
      'Slack channels',
      "Hi,\n\nGreat to chat today. Ping me in #eng-hiring or #general on our Slack and we'll set up the next round.\n\nDana",
    ],
    ['pull requests', 'Hey!\n\nLoved #4521 and #4533. We are hiring.\n\nDana'],
    ['referrals in passing', "Hi!\n\nWe're hiring two data engineers at Lumen and I'd appreciate any referrals.\n\nKim"],
  ])('not a mass pitch: %s', (_name, text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });

  it('a hiring manager who pastes the advert for their own team is still writing personally', () => {
    const text = `Hi Sam,\n\nI lead the platform team at Northwind and enjoyed your post on backpressure.\n\n${advert}\n\nGrab a slot: calendly.com/dana`;
    expect(readMessage(text).massPitch).toBe(false);
  });
});

describe('a forward with a note of its own', () => {
  const forwarded = [
    '---------- Forwarded message ---------',
    'From: Declan <declan@search.example>',
    'Subject: Senior Legal Counsel',
    '',
    'Hi Ciara,',
    '',
    'The role:',
    '- Drafting leases',
    '- Supporting financings',
    'Looking for:',
    '- 6+ years PQE',
    '- Admitted in Ireland',
    '',
    "If this isn't for you, I'd appreciate it if you could forward it to anyone in your network.",
  ].join('\n');

  it('counts the weak mass signs only in the note: the forwarded mail says little of how it reached you', () => {
    const found = readMessageText({ subject: 'Fwd: Senior Legal Counsel', body: `Saw this and thought of you! C x\n\n${forwarded}` });
    expect(found.massPitch).toBeNull();
    expect(found.signals.filter((s) => s.kind === 'mass')).toEqual([]);
  });

  it('still counts the strong ones anywhere', () => {
    const found = readMessageText({ subject: 'Fwd: jobs', body: `Look at this\n\n${forwarded}\n\nTo unsubscribe, click here.` });
    expect(found.massPitch).toBe(true);
  });

  it('reads Outlook’s "Original Message" line as where the forwarded mail starts', () => {
    const outlook = forwarded.replace('---------- Forwarded message ---------', '-----Original Message-----');
    const found = readMessageText({ subject: 'FW: Senior Legal Counsel', body: `Saw this and thought of you! C x\n\n${outlook}` });
    expect(found.signals.filter((s) => s.kind === 'mass')).toEqual([]);
    const german = forwarded.replace('---------- Forwarded message ---------', '-----Ursprüngliche Nachricht-----');
    expect(readMessageText({ subject: 'WG: Senior Legal Counsel', body: `Schau mal! C\n\n${german}` }).massPitch).toBeNull();
  });

  it.each([
    ['Doorst: Senior Legal Counsel', 'Kijk even, past bij jou! Joris', 'Oorspronkelijk bericht'],
    ['VB: Senior Legal Counsel', 'Kolla, passar dig! Anna', 'Ursprungligt meddelande'],
    ['VS: Senior Legal Counsel', 'Se her, passer til dig! Mette', 'Oprindelig meddelelse'],
  ])('reads Outlook’s Dutch and Nordic forms of the line as a forward’s start too: %s', (subject, note, words) => {
    const outlook = forwarded.replace('---------- Forwarded message ---------', `-----${words}-----`);
    expect(readMessageText({ subject, body: `${note}\n\n${outlook}` }).signals.filter((s) => s.kind === 'mass')).toEqual([]);
  });

  it('reads the same line above a quoted mail in a reply as no forward: a bulk mail bumped or answered is still one', () => {
    const bulk =
      '-----Original Message-----\nFrom: Recruitment <jobs@staffing.example>\nSubject: Openings\n\nDear Candidate,\n\nWe have multiple openings, apply now by sending your CV.\nTo unsubscribe reply REMOVE.';
    expect(readMessageText({ subject: 'RE: Openings', body: `Just bumping this to the top of your inbox!\n\n${bulk}` }).massPitch).toBe(
      true,
    );
  });

  it('a forward with no note of its own is read as the mail it forwards', () => {
    const found = readMessageText({ subject: 'Fwd: Senior Legal Counsel', body: forwarded });
    expect(found.signals.map((s) => s.text)).toContain('asks you to pass it on');
  });
});

describe('broadcast signs in more languages: no experience, urgency, a shouted hiring call, a channel post, STOP to a number', () => {
  it.each([
    ['Spanish "no experience"', '✅ *No se requiere experiencia*, ¡te capacitamos!', '"no experience needed"'],
    ['Polish "no experience"', '❌ doświadczenie NIE jest wymagane!', '"no experience needed"'],
    ['a word between "no" and "experience"', '✅ NO BPO experience needed! Fresh grads welcome', '"no experience needed"'],
    ['limited slots', 'LIMITED SLOTS ONLY! Apply at the link.', 'urgency'],
    ['Spanish urgency', '⚠️ Cupo limitado, entrevistas esta semana', 'urgency'],
    ['a shouted hiring call', '📣 *¡GRUPO SOLERA ESTÁ CONTRATANDO!* 📣', 'a hiring call to all'],
    ['a channel view count', 'Send your CV today.\n\n👁 8.2K  edited 10:12', 'a post to a channel or a broadcast list'],
    [
      'a broadcast list in Spanish',
      '_Mensaje de difusión. Si ya no deseas recibir vacantes responde BAJA._',
      'a post to a channel or a broadcast list',
    ],
    ['STOP to a number, in Czech', 'Info na webu. Odhlaseni SMS: STOP na 555990', 'an unsubscribe or STOP footer'],
    ['forward to your groups', 'Pls forward to your friends & groups 🙏', 'asks you to pass it on'],
  ])('%s', (_name, text, sign) => {
    expect(kinds(text)).toContain(`mass: ${sign}`);
  });

  it('a WhatsApp broadcast in Spanish is a mass pitch', () => {
    const text =
      '*¡ESTAMOS CONTRATANDO!* 🏡\n\nConstructora Roble busca ayudantes de obra.\n✅ Sin experiencia previa, te capacitamos\n\n¡Comparte con tus amigos!';
    expect(readMessage(text).massPitch).toBe(true);
  });

  it.each([
    ["a friend's note in lower case", "Hey Sam! we're hiring again at Tidepool, and after your talk on queues I thought of you. No rush."],
    [
      'a hiring manager naming your project',
      'WE ARE HIRING! Seriously though, I read your write-up of the Kafka migration and would love to chat.',
    ],
    [
      'a hard-to-fill role described plainly',
      'Hola Ana, la vacante es urgente pero sin prisas para ti; vi tu charla en la PyCon y me encantó.',
    ],
  ])('not a mass pitch: %s', (_name, text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('broadcast signs in Romanian and Portuguese, and dozens hired at once (sets 24 to 27)', () => {
  it.each([
    ['Romanian "pass it on"', '👉 Trimite mesajul mai departe prietenilor care caută un loc de muncă!', 'asks you to pass it on'],
    ['Portuguese plural "share"', '⚠️ Compartilhem com quem precisa! 🙏', 'asks you to pass it on'],
    ['Portuguese "share with friends and groups"', 'Pode compartilhar com amigos e grupos! 🙏', 'asks you to pass it on'],
    ['Romanian "recommend a friend"', '🎁 Recomandă un prieten și primești 400 lei!', 'asks you to pass it on'],
    ['Romanian "no experience"', 'NU este necesară experiența! Program în 3 schimburi.', '"no experience needed"'],
    ['a Romanian hiring call in capitals', '🔔 ANGAJĂM URGENT! 🔔', 'a hiring call to all'],
    ['dozens hired at once', 'Angajăm 80 de persoane până la 1 iulie!!', 'dozens hired at once'],
  ])('%s', (_name, text, sign) => {
    expect(kinds(text)).toContain(`mass: ${sign}`);
  });

  it('a hiring manager hiring a dozen, naming your work, is no mass pitch', () => {
    expect(
      readMessage("Hi Ana, I'm hiring 12 engineers this year and your write-up of the Kafka migration is why I'm writing.").massPitch,
    ).not.toBe(true);
  });
});

describe('broadcast signs in Spanish and Czech (sets 30 and 31)', () => {
  it.each([
    ['Spanish "forward it to"', 'Reenvíalo a quien pueda interesarle 🙏🙏', 'asks you to pass it on'],
    ['Spanish "pass the info on"', 'También buscamos ayudantes, pasad la info a quien pueda interesar.', 'asks you to pass it on'],
    [
      'a Czech alert footer',
      'Tento e-mail jste obdrželi, protože máte aktivní upozornění na nabídky práce.',
      'an unsubscribe or STOP footer',
    ],
  ])('%s', (_name, text, sign) => {
    expect(kinds(text)).toContain(`mass: ${sign}`);
  });
});

describe('personal signs in more languages, and past work known first-hand', () => {
  it.each([
    ['Czech: your post about your thesis', 'Dobrý den, na LinkedInu jsem narazil na Váš příspěvek o diplomové práci na ČVUT.'],
    ['Czech: your video', 'Na YouTube jsem narazil na vaše video, kde ukazujete pětiosé obrábění.'],
    ['Italian, formal: your article', 'Le scrivo dopo aver letto con grande interesse il suo articolo uscito lo scorso autunno.'],
    ['Swedish: your crate', 'Jag hittade din crate tidsserie när vi letade efter något bättre.'],
    ['Danish: your repo', 'Jeg faldt over dit repo "dbt-energinet" på GitHub for et par uger siden.'],
    ['Swedish: your thesis', 'Jag har läst din avhandling om transport av mikroplast i Östersjön.'],
    ['Dutch: a former colleague', 'Als oud-collega denk ik meteen aan jou voor deze rol.'],
    ['Norwegian: worked together', 'Den ROS-analysen du laget da vi jobbet sammen hos Statsforvalteren er fortsatt den beste.'],
    ['English: the work you did', 'I told her about the work you did rebuilding the cold-chain dispatch at Harvest Lane.'],
  ])('%s', (_case, text) => {
    const found = readMessage(text);
    expect(found.signals.some((s) => s.kind === 'personal')).toBe(true);
    expect(found.massPitch).toBe(false);
  });

  it('a greeting that says it has been a while names no work: "long time!"', () => {
    const found = readMessage('Hi Lerato, long time! Hope Joburg is treating you well. We are hiring an Enterprise Account Executive.');
    expect(found.signals.some((s) => s.kind === 'personal')).toBe(false);
  });
});

describe('mass signs in more languages: a placeholder in single braces, an opt-out footer', () => {
  it.each([
    ['a Turkish placeholder and SMS opt-out', "Sayın {AD_SOYAD}, MOTO KURYE alımı başladı! SMS almamak için RET yazıp 3338'e gönderin."],
    ['a Turkish unsubscribe footer', 'Yeni ilanlar için tıklayın. E-posta almak istemiyorsanız abonelikten çıkabilirsiniz.'],
    ['a Hungarian unsubscribe footer', 'Új állások a közelben. Leiratkozás: kattintson ide.'],
  ])('%s', (_case, text) => {
    expect(readMessage(text).signals.some((s) => s.kind === 'mass')).toBe(true);
  });
});

describe('personal signs: "tu paper"', () => {
  it('your paper, in Spanish', () => {
    expect(readMessage('Leí tu paper de Interspeech y nos ha cambiado la hoja de ruta.').massPitch).toBe(false);
  });
});

describe('a greeting for anyone and passing it on, in more languages', () => {
  it('"Stimate candidat" beside an agency’s other signs is a mass pitch', () => {
    const text =
      'Stimate candidat,\n\nVă mulțumim că sunteți înscris în baza de date! Avem posturi noi disponibile.\n\nPentru programare trimiteți un SMS.';
    expect(readMessage(text).signals.some((s) => s.text === 'a greeting for anyone')).toBe(true);
  });

  it('an Italian hotel’s "Gentile Candidato/a" alone is no mass pitch', () => {
    expect(readMessage('Gentile Candidato/a,\n\nla ringraziamo per la candidatura al ruolo di Chef de rang.').massPitch).not.toBe(true);
  });

  it('"Inoltra a chi può essere interessato" asks the reader to pass it on', () => {
    expect(
      readMessage('CERCASI AUTISTI. Inoltra a chi può essere interessato 🙏').signals.some((s) => s.text === 'asks you to pass it on'),
    ).toBe(true);
  });
});

describe('opt-out footers in Portuguese, Spanish and Italian', () => {
  it.each([
    ['Portuguese', '_Se não quiser mais receber mensagens responda SAIR_'],
    ['Spanish', 'Si no deseas recibir más ofertas, responde BAJA.'],
    ['Italian', 'Per non ricevere più questi messaggi scrivi NO.'],
  ])('%s', (_case, text) => {
    expect(readMessage(`Vagas abertas!\n\n${text}`).signals.some((s) => s.text === 'an unsubscribe or STOP footer')).toBe(true);
  });
});

describe('personal signs in Polish: your repository, your code', () => {
  it('"Twoje repozytorium"', () => {
    expect(readMessage('Cześć Tomasz, trafiłam na Twoje repozytorium pgwire-lite na GitHubie.').massPitch).toBe(false);
  });
});

describe('"if you know anyone" at the end of a sentence', () => {
  it('asks the reader to pass the job on', () => {
    const text = 'Hi,\n\nPlease see below & let me know if interested or if you know anyone.\n\nDATA ENGINEER – AUSTIN';
    expect(readMessage(text).signals.map((s) => s.text)).toContain('asks you to pass it on');
  });
  it('a friend saying their team was asked is no such request', () => {
    const text = 'Hey Sam, forwarding this: our manager keeps asking if we know anyone. It is my team, you would be great.';
    expect(readMessage(text).signals.map((s) => s.text)).not.toContain('asks you to pass it on');
  });
});

describe('more opt-outs, openings counted and personal signs in other languages', () => {
  it.each([
    ['Norwegian', 'Interessert? Svar JA. Svar STOPP for å avslutte.'],
    ['Swedish', 'Intresserad? Svara STOPP för att avsluta.'],
    ['German', 'Antworte STOP, um keine Nachrichten mehr zu erhalten.'],
  ])('a text message’s opt-out: %s', (_case, text) => {
    expect(readMessage(`Vi søker elektrikere.\n${text}`).signals.map((s) => s.text)).toContain('an unsubscribe or STOP footer');
  });
  it('"stop" in a sentence is no opt-out', () => {
    expect(readMessage('Please respond: we never stop learning here.').signals.map((s) => s.text)).not.toContain(
      'an unsubscribe or STOP footer',
    );
  });
  it('"+20 posiciones abiertas" counts dozens of openings', () => {
    expect(readMessage('Hola! Hoy tenemos +20 posiciones abiertas en todo el país.').signals.map((s) => s.text)).toContain(
      'dozens hired at once',
    );
  });
  it.each([
    ['Dutch: your PR', 'Hoi Daan, je PR op onze library hebben we gemerged. Zin in een gesprek?'],
    ['Finnish: your post', 'Hei Aino, luin LinkedIn-postauksesi myyntisyklistä ja se oli hyvä.'],
    ['Greek: your talk', 'Γεια σου Νίκο, παρακολούθησα την ομιλία σου στο PyCon.'],
  ])('%s', (_case, text) => {
    expect(readMessage(text).massPitch).toBe(false);
  });
  it('"γεια σου" alone is a greeting, no sign either way', () => {
    expect(readMessage('Γεια σου Νίκο, έχουμε μια θέση για σένα.').signals.filter((s) => s.kind === 'personal')).toEqual([]);
  });
});

describe('set 56’s and 57’s signs: passing it on, urgency, personal signs in more word orders', () => {
  it('"(or someone you know)" asks the reader to pass it on; "URGENT interim requirements" is urgency', () => {
    const texts = readMessage(
      'Hi there,\n\nWe have several URGENT interim requirements. If you (or someone you know) are available, call me.',
    ).signals.map((s) => s.text);
    expect(texts).toContain('asks you to pass it on');
    expect(texts).toContain('urgency');
  });
  it.each([
    ['Dutch', "Ik volg het project 'Groene Schoolpleinen' dat jij hebt opgezet al een tijdje."],
    ['Norwegian', 'Jeg leste artikkelen din i Bedre Skole om programmering.'],
    ['Hungarian', 'Olvastam a LinkedIn-bejegyzésedet arról, hogyan csökkentettétek a fluktuációt.'],
    ['Spanish', 'Asistí a su presentación en el congreso de la SEPLN en Jaén.'],
    ['Danish', 'Tak for dit oplæg om datadeling på konferencen i Nyborg.'],
  ])('%s', (_case, text) => {
    expect(readMessage(text).massPitch).toBe(false);
  });
  it('"su presentación" of a company is none of the reader’s', () => {
    expect(readMessage('La empresa y su presentación corporativa están en la web.').signals.filter((s) => s.kind === 'personal')).toEqual(
      [],
    );
  });
});

describe('signs: sets 62 and 63', () => {
  it.each([
    ['an event named before "panel on"', 'After your GovTech Canada panel on open data I thought of you right away.'],
    [
      'the owner naming the business, then where it is',
      'My name is Farah Qureshi — I own Riverbend Pharmacy in Guelph. We need a pharmacist.',
    ],
  ])('%s is personal', (_case, text) => {
    expect(readMessage(text).signals.map((s) => s.kind)).toContain('personal');
  });
  it.each([
    ['a lower-case "interview session on"', 'Your interview session on Monday is confirmed.'],
    ['a recruiting firm’s owner', 'I own Redgum Resourcing, a mining recruitment firm.'],
    ['a tool’s session', 'Your Zoom session at 3pm is confirmed. We need 40 Sales Reps, $5k/week.'],
    ['hiring the writer owns', 'I own EMEA hiring for 40+ clients and have a role for you.'],
    ['a recruiting firm the writer owns', 'Hi Sam, I own Redwood Hiring, a boutique firm. My client is hiring a Senior Backend Engineer.'],
    ['a business the writer founded once', 'Years ago I founded Zapp Mobile; these days I am a recruiter with a role for you.'],
  ])('%s is not', (_case, text) => {
    expect(readMessage(text).signals.map((s) => s.kind)).not.toContain('personal');
  });
  it('Polish opt-out and "you receive this message" footers, whose last letters are not ASCII', () => {
    const text =
      'Dzień dobry,\n\nmamy dla Ciebie 5 nowych ofert.\n\nOtrzymujesz tę wiadomość, ponieważ włączyłeś powiadomienia. Wypisz się z powiadomień';
    expect(readMessage(text).signals.map((s) => s.text)).toContain('an unsubscribe or STOP footer');
  });
});

describe('signs: sets 64 to 67', () => {
  it('"your LinkedIn post last week on …" names your own work', () => {
    const text = 'Hi Jess, your LinkedIn post last week on killing the culture-fit question was the most useful thing I read.';
    expect(readMessage(text).signals.map((s) => s.text)).toContain('names your own work');
  });
});

describe('signs: sets 71 to 73', () => {
  it.each([
    ['Finnish', 'Saat tämän viestin, koska olet tilannut työpaikkavahdin. Peru tilaus tästä.'],
    ['Czech', 'Pokud si nepřejete dostávat tyto zprávy, můžete se odhlásit z odběru zde.'],
  ])('an unsubscribe footer in %s', (_language, footer) => {
    expect(readMessage(`Hei,\n\nuusi työpaikka.\n\n${footer}`).signals.map((s) => s.text)).toContain('an unsubscribe or STOP footer');
  });
});

describe('signs: sets 71 to 73, second pass', () => {
  it('"You’re receiving this because" and "Manage your alerts"', () => {
    for (const footer of [
      'You’re receiving this because you created a job alert for "head chef" in Perth WA.',
      "You're receiving this email because you applied before.",
      'Manage your alerts.',
    ])
      expect(readMessage(`SEEK\n\nNew job for you: Head Chef\n\n${footer}`).signals.map((s) => s.text)).toContain(
        'an unsubscribe or STOP footer',
      );
  });
});

describe('signs: set 77', () => {
  it.each([
    ['an Italian newsletter', 'Ricevi questa newsletter perché sei iscritto/a al servizio "Lavoro al Comune".'],
    ['a Portuguese SMS', 'Interessado/a? Responda SIM. Para não receber SMS envie STOP p/ 4455.'],
    ['a Swedish job watch', 'Fler jobb finns i appen.\nÄndra eller avsluta bevakning: jobbkollen.example/bevakningar'],
  ])('a footer: %s', (_case, text) => {
    expect(readMessage(text).signals.map((s) => s.text)).toContain('an unsubscribe or STOP footer');
  });
  it('a Polish ask to recommend friends passes it on', () => {
    expect(readMessage('Jeśli nie szukasz, będę wdzięczny za polecenie znajomych!').signals.map((s) => s.text)).toContain(
      'asks you to pass it on',
    );
  });
  it('a chat’s "¡Hola!" alone after its time and sender is a greeting with no name', () => {
    expect(
      readMessage('[10:42] Marta: ¡Hola!\n[10:42] Marta: Estamos buscando Ingeniero/a de Calidad.').signals.map((s) => s.text),
    ).toContain('a greeting with no name');
  });
});

describe('signs: set 82', () => {
  it('a forwarded mail’s "To: Undisclosed recipients" line', () => {
    const text =
      'Hey — thought of you for this one. -M\n\n---------- Forwarded message ---------\nFrom: Dana <dana@example.com>\nSubject: Epic Analyst contract\nTo: Undisclosed recipients\n\nHi,\n\nWe have an Epic Analyst contract, $85/hr on W2.';
    expect(readMessage(text).signals.map((s) => s.text)).toContain('sent to undisclosed recipients');
  });
});

describe('signs: set 90', () => {
  const reply =
    'Dear Mr Nkosi,\n\nThank you for your application. The shortlisting panel was impressed by the water programme you led. Before we confirm your interview slot, please confirm in writing that the remuneration is acceptable to you: the post carries an all-inclusive package per annum.\n\nKind regards,\nLerato\n\n-----Original Message-----\nFrom: Thabo Nkosi\n\n> Dear Sir/Madam,\n>\n> Please find attached my application.';
  it('a recruiter’s reply over the reader’s quoted application: the application’s greeting for anyone is not a sign', () => {
    expect(readMessage(reply).signals.map((s) => s.text)).not.toContain('a greeting for anyone');
    // (Nor with the name in full.)
    expect(readMessage(reply.replace('Dear Mr Nkosi', 'Dear Thabo Nkosi')).signals.map((s) => s.text)).not.toContain(
      'a greeting for anyone',
    );
  });
  it('the reader’s short reply over a quoted pitch: the pitch’s signs are the message’s', () => {
    const text =
      'Hi Anna,\n\nThanks, interested!\n\nOn Mon, 3 Mar 2025, Anna Berg wrote:\n> Dear Candidate,\n> We are hiring Java developers.';
    expect(readMessage(text).signals.map((s) => s.text)).toContain('a greeting for anyone');
  });
  it.each([
    [
      'a recruiter’s named note over a pasted template',
      'Hi Sam,\n\nPlease go through the below JD and share your updated CV if interested.\n\nDear Candidate,\n\nGreetings from TalentEdge Consulting! We have an urgent opening for Java Developer with our client, a leading MNC in Pune.',
    ],
    [
      'a thread pasted oldest first',
      'Sam Okafor\nHi Marta,\nThanks for connecting, happy to chat about Java roles.\n\nMarta Ruiz\nDear Candidate, we have an opening for a Java Developer at a bank in Pune. Please share your updated CV.',
    ],
    [
      'a plural greeting over a template',
      'Dear Colleagues,\n\nPlease share the vacancy below with anyone who may be interested.\n\nDear Candidate,\n\nWe are recruiting a Staff Nurse for our client hospital in Riyadh.',
    ],
  ])('%s keeps its greeting for anyone (the review’s probes)', (_case, text) => {
    expect(readMessage(text).signals.map((s) => s.text)).toContain('a greeting for anyone');
  });
});

describe('signs: the twentieth review’s probes', () => {
  it('a short reply over the reader’s application, its thread line wrapped', () => {
    const text =
      'Dear Mr Nkosi,\n\nThank you for your application for the Finance Manager post. We would like to invite you to an interview on Thursday.\n\nKind regards,\nLerato\n\nOn Sun, 2 Mar 2025 at 14:10, Sipho Nkosi <sipho@example.com>\nwrote:\n\nDear Sir/Madam,\n\nPlease find attached my CV for the Finance Manager vacancy.';
    expect(readMessage(text).signals.map((s) => s.text)).not.toContain('a greeting for anyone');
  });
  it.each([
    [
      'the reader’s long reply over a quoted pitch',
      "Hi Priya,\n\nThanks for getting in touch about this. I'm currently a senior backend engineer and I have been thinking about a move, so the timing is good. Could you tell me more about the team size, the on-call rota and whether the role is fully remote?\n\nBest,\nSam\n\nOn Tue, 4 Mar 2025 at 09:12, Priya Rao <priya@talentbridge.io> wrote:\n> Hi there,\n>\n> We have an urgent requirement for a Senior Backend Engineer with one of our leading clients. We are hiring 20+ engineers this quarter.\n>\n> If this isn't for you, feel free to forward it to anyone who might be interested.",
    ],
    [
      'a recruiter’s follow-up over its own bulk mail',
      'Hi Sam,\n\nJust bumping this to the top of your inbox in case it got buried. We are still looking for strong backend engineers for our client and the process is quick: one technical call and one final interview. If now is not the right time, no worries at all, just let me know and I will not chase again.\n\nPriya\n\nOn Tue, 4 Mar 2025 at 09:12, Priya Rao <priya@talentbridge.io> wrote:\nHi there,\n\nWe have an urgent requirement for a Senior Backend Engineer. We are hiring 20+ engineers this quarter.\n\nFeel free to forward it to anyone who might be interested.',
    ],
  ])('%s stays a mass pitch', (_case, text) => {
    expect(readMessage(text).massPitch).toBe(true);
  });
});

describe('signs: set 94', () => {
  it('a blank form of details to fill in', () => {
    const text =
      'Hi Ankit,\nWe have an urgent requirement for Senior Java Developer.\nKindly share below details:\nTotal Exp:\nRelevant Exp:\nCurrent CTC:\nExpected CTC:\nNotice Period:\n';
    expect(readMessage(text).signals.map((s) => s.text)).toContain('a form of details to fill in');
    // (Asked in a sentence, it is no form.)
    expect(readMessage('Hi Ankit, could you tell me your current CTC and notice period?').signals.map((s) => s.text)).not.toContain(
      'a form of details to fill in',
    );
  });
  it('an Italian ask to pass it on in the plural', () => {
    expect(readMessage('Inviate CV su WhatsApp. Girate a chi può essere interessato!!').signals.map((s) => s.text)).toContain(
      'asks you to pass it on',
    );
  });
  it('a Danish job agent’s footer', () => {
    expect(
      readMessage(
        'Hej\n\nDin jobagent har fundet 3 nye job.\n\nDu modtager denne mail, fordi du har oprettet en jobagent på offentligjob.dk.',
      ).signals.map((s) => s.text),
    ).toContain('an unsubscribe or STOP footer');
  });
});

describe('signs: the twenty-first review’s probes', () => {
  it.each([
    [
      'a recruiter’s "please find attached my client’s job description"',
      "Greetings from Acme HR Consultants!\n\nDear Candidate,\n\nPlease find attached my client's job description for the Java Developer role. Immediate joiners preferred.\n\nKindly share the below details:\nCurrent CTC:\nExpected CTC:\nNotice Period:\n\nPlease share this with your friends who may be interested.",
    ],
    [
      'the reader’s "I would like to apply" over a quoted pitch',
      'Sounds good.\nI would like to apply for this role, what are the next steps?\n\nOn Mon, 3 Mar 2025 at 10:00, Acme HR <hr@acmehr.in> wrote:\n> Dear Candidate,\n> We have an urgent opening for Java developers.\n> Current CTC:\n> Expected CTC:\n> Notice Period:\n> Please share this with your friends.',
    ],
    [
      'a recruiter’s "Dear Applicant" over an application with no greeting of its own',
      'RE: Data Analyst application\nDear Applicant,\nThank you for your interest. Only shortlisted candidates will be contacted.\n\nOn Mon, 3 Mar 2025, Thabo Nkosi wrote:\nI wish to apply for the Data Analyst post advertised on PNet. My CV is attached.',
    ],
  ])('%s keeps its mass signs', (_case, text) => {
    expect(readMessage(text).massPitch).toBe(true);
  });
  it('a form of details written out in full', () => {
    expect(readMessage('Kindly share:\nTotal Experience:\nRelevant Experience:\nCurrent Location:\n').signals.map((s) => s.text)).toContain(
      'a form of details to fill in',
    );
  });
});

describe('signs: the twenty-second review’s probes', () => {
  const reply =
    "Dear Ms Okafor,\n\nThank you for your application for the Staff Nurse position at St Mary's Hospital. We would like to invite you to an interview on Tuesday.\n\nKind regards,\nJane Smith\n\n-----Original Message-----\n";
  it.each([
    ['"Dear Sirs"', 'Dear Sirs,\n\nI am writing to apply for the Staff Nurse post.'],
    ['"Hello Sir"', 'Hello Sir,\n\nI am writing to apply for the Staff Nurse post.'],
    [
      'a long first paragraph before the application',
      'Dear Sir/Madam,\n\nI have worked for nine years on acute medical wards in two teaching hospitals, most recently as a senior staff nurse leading a team of twelve on nights, and I have completed my mentorship course and the advanced life support course this year, with a particular interest in respiratory care and discharge planning.\n\nI would like to apply for the Staff Nurse post.',
    ],
  ])('the reader’s quoted application opening with %s gives no mass sign', (_case, letter) => {
    expect(readMessage(reply + letter).massPitch).not.toBe(true);
  });
});

describe('signs: sets 97 and 98, after their measure', () => {
  it('a forwarded mail sent to undisclosed recipients, written as an address, is a bulk mail', () => {
    const text =
      'Hey Carla, thought of you!\n\n---------- Forwarded message ---------\nFrom: Recruitment Team <careers@luzonharbor.ph>\nSubject: Technical Support Representative – Pasig\nTo: <undisclosed-recipients:;>\n\nWe are hiring a Technical Support Representative.\n';
    const read = readMessage(text);
    expect(read.signals.map((s) => s.text)).toContain('sent to undisclosed recipients');
    expect(read.massPitch).toBe(true);
  });
});

describe('signs: set 103, after its measure', () => {
  it.each([
    [
      'a Romanian STOP footer',
      'Salut! Recrutăm agenți.\n\nNu mai vrei să primești astfel de mesaje? Răspunde cu STOP.',
      'mass: an unsubscribe or STOP footer',
    ],
    [
      'a Polish opt-out',
      'Dzień dobry! Szukamy opiekunek.\n\nJeśli nie chcesz otrzymywać wiadomości, odpisz NIE.',
      'mass: an unsubscribe or STOP footer',
    ],
    [
      '"no experience? no problem" in Romanian',
      'Recrutăm agenți. Nu ai experiență? Nu e problemă, contează atitudinea!',
      'mass: "no experience needed"',
    ],
    ['passing it on in Romanian', 'Știi pe cineva care vorbește germană? Trimite-i mai departe mesajul!', 'mass: asks you to pass it on'],
  ])('%s', (_case, text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it('a Romanian "reply" with no opt-out word is no footer', () => {
    expect(kinds('Răspunde cu CV-ul tău până vineri.')).not.toContain('mass: an unsubscribe or STOP footer');
  });
});

describe("signs: the twenty-ninth review's probes", () => {
  it.each([
    'Bună Andrei,\n\nSunt Ioana de la Carpathia Tech. Am văzut profilul tău și cred că ai fi potrivit pentru rolul de Senior Java Developer.\n\nDacă nu mai vrei să primești mesaje de la mine, spune-mi și nu te mai deranjez.\n\nIoana',
    'Cześć Marku,\n\nwidziałam Twój projekt na GitHubie. Jeśli nie chcesz otrzymywać ode mnie kolejnych wiadomości, daj znać — uszanuję to.\n\nAnna',
  ])('a polite personal opt-out is no bulk footer: %s', (text) => {
    expect(kinds(text)).not.toContain('mass: an unsubscribe or STOP footer');
  });
});

describe('signs: sets 109 to 112, after their measure', () => {
  it.each([
    [
      'a Malaysian promotional text opening "RM0"',
      'RM0 JAWATAN KOSONG! Kilang di Senai perlukan operator. Gaji RM1,800 sebulan.',
      'mass: sent as a promotional text message',
    ],
    ['a Malay STOP footer', 'Operator kilang, gaji RM1,800 sebulan. Bls STOP utk berhenti', 'mass: an unsubscribe or STOP footer'],
    ['a STOP to a USSD code', 'Malipo Ksh 800 kwa siku. Fika Jumanne 8am. STOP *456*9#', 'mass: an unsubscribe or STOP footer'],
    ['a Dutch "Stuur STOP"', 'Orderpickers gezocht! Geen berichten meer ontvangen? Stuur STOP.', 'mass: an unsubscribe or STOP footer'],
    [
      'a Portuguese "não queira mais receber"',
      'Caso não queira mais receber nossas vagas, responda com REMOVER.',
      'mass: an unsubscribe or STOP footer',
    ],
    [
      'a Lithuanian footer',
      'Šį laišką gavote, nes esate užsisakę naujienlaiškį. Atsisakyti prenumeratos',
      'mass: an unsubscribe or STOP footer',
    ],
    ['a Greek footer', 'Λαμβάνετε αυτό το μήνυμα επειδή είστε εγγεγραμμένος στη λίστα μας.', 'mass: an unsubscribe or STOP footer'],
    ['Spanish urgency in capitals', '*CONTRATACIÓN INMEDIATA* 🔥 Asesores bilingües en Bogotá.', 'mass: urgency'],
    ['walk-in applicants', '📢 WALK-IN APPLICANTS WELCOME! Customer service reps, Pasig.', 'mass: urgency'],
    ['a Swahili call for workers', 'NAFASI ZA KAZI! Kampuni inatafuta madereva 20.', 'mass: a hiring call to all'],
    ['a vacancy circular', 'Subject: VACANCY CIRCULAR: Lecturer in Law\n\nPlease find below a vacancy.', 'mass: a hiring call to all'],
    ['"Dear Colleagues"', 'Dear Colleagues\n\nPlease find below a vacancy in the School of Law.', 'mass: a greeting for anyone'],
    [
      '"Kindly circulate to your networks"',
      'A vacancy in our School of Law. Kindly circulate to your networks.',
      'mass: asks you to pass it on',
    ],
    ['"Tag a friend"', 'Call centre agents wanted in Cebu! Tag a friend na naghahanap ng work', 'mass: asks you to pass it on'],
    ['Portuguese "indicar alguém"', 'Se não for o seu perfil, agradeço se puder indicar alguém!', 'mass: asks you to pass it on'],
    ['Dutch "stuur dit bericht door"', 'Stuur dit bericht gerust door naar vrienden en familie 🙏', 'mass: asks you to pass it on'],
    ['Greek "forward the message"', 'Προωθήστε το μήνυμα σε φίλους και συναδέλφους!', 'mass: asks you to pass it on'],
    ['Dutch "Geen ervaring? Geen probleem!"', 'Geen ervaring? Geen probleem! Start al maandag.', 'mass: "no experience needed"'],
    [
      'a Polish reward for a referral',
      'Jeśli nie szukasz – poleć znajomego! Za skuteczne polecenie płacimy 2 000 zł',
      'mass: a referral bonus offered to you',
    ],
    ['a run of hashtags', 'Night shift agents wanted in Makati.\n#hiring #bpo #Makati #CSR', 'mass: hashtags of a public post'],
    ['German "leite die Nachricht weiter"', 'Leite die Nachricht gerne an Freunde weiter! 🙌', 'mass: asks you to pass it on'],
    ['German "nur noch wenige Plätze"', 'Nur noch wenige Plätze frei – schnell sein lohnt sich!', 'mass: urgency'],
    ['Italian "Condividete!"', 'Cerchiamo autisti con patente CE. Condividete!! 🙏', 'mass: asks you to pass it on'],
    ['Italian "CERCASI"', '🚛 CERCASI AUTISTI PATENTE CE 🚛', 'mass: a hiring call to all'],
    ['Greek "ΖΗΤΟΥΝΤΑΙ" and "Κοινοποιήστε!"', 'ΖΗΤΟΥΝΤΑΙ ΓΙΑ ΤΗ ΣΕΖΟΝ ☀️\nΚοινοποιήστε! 🙏', 'mass: a hiring call to all'],
    ['Portuguese "Partilha com os teus amigos"', 'Partilha com os teus amigos! 💰', 'mass: asks you to pass it on'],
    ['Portuguese "ESTAMOS A RECRUTAR"', '📞 ESTAMOS A RECRUTAR! 📞', 'mass: a hiring call to all'],
    ['Spanish "¡Comparte con tu familia!"', 'Responde SÍ y te mando el enlace. ¡Comparte con tu familia!', 'mass: asks you to pass it on'],
    ['Spanish "Resp SALIR"', 'Entrevistas este sábado. Resp SALIR para no recibir más msjs', 'mass: an unsubscribe or STOP footer'],
    ['Spanish "¡Estamos contratando!"', 'CONECTA BPO: ¡Estamos contratando! Asesores en Medellín.', 'mass: a hiring call to all'],
    [
      'Malay "kongsikan" and "temuduga terbuka"',
      'Temuduga terbuka: Sabtu, 10 pagi. Sila kongsikan kepada rakan-rakan!',
      'mass: asks you to pass it on',
    ],
    ['Tagalog "HIRING AGAD"', 'HIRING AGAD! Customer Service Representative sa Eastwood QC.', 'mass: a hiring call to all'],
    ['a keyword to text', 'Walk-in Mon-Sat 9AM-3PM. Text HIRE sa 0917 552 8140.', 'mass: a keyword to text to a number'],
    [
      '"Share this post with your nurse friends"',
      'LIMITED SLOTS ONLY!! Share this post with your nurse friends 🙏',
      'mass: asks you to pass it on',
    ],
    ['"CALLING ALL … NURSES"', '📢 CALLING ALL FILIPINO NURSES! 🇵🇭', 'mass: a hiring call to all'],
    [
      '"Kindly share to your contacts"',
      'Kindly share to your contacts, someone is waiting for this opportunity 🙏',
      'mass: asks you to pass it on',
    ],
    ['"URGENT RECRUITMENT" in capitals', '*URGENT RECRUITMENT!!!* 🔥 Sales representatives in Lagos.', 'mass: a hiring call to all'],
    ['"send SALES to" a number', 'Send your CV or send "SALES" to 0803 412 7756 on WhatsApp.', 'mass: a keyword to text to a number'],
    [
      'a Dutch "meld je af"',
      'Niet meer relevant? Pas je zoekopdracht aan of meld je af voor deze e-mails.',
      'mass: an unsubscribe or STOP footer',
    ],
    ['a Czech opt-out', 'Pokud si nepřejete dostávat další nabídky, odpovězte ODHLÁSIT.', 'mass: an unsubscribe or STOP footer'],
    ['Czech "Přepošlete mu tuto nabídku"', 'Znáte někoho, kdo hledá práci? Přepošlete mu tuto nabídku!', 'mass: asks you to pass it on'],
    ['Czech "Nepotřebujete praxi"', 'Nepotřebujete praxi, vše Vás naučíme!', 'mass: "no experience needed"'],
    ['Czech "Nástup IHNED"', 'Hledáme skladníky do Plzně. Nástup IHNED!', 'mass: urgency'],
    ['Romanian "Distribuiți mai departe"', 'Distribuiți mai departe, poate ajutați un prieten! 🙏', 'mass: asks you to pass it on'],
    ['a Romanian firm hiring in capitals', 'TRANSCARPAT SRL angajează ȘOFERI PROFESIONIȘTI categoria C+E.', 'mass: a hiring call to all'],
    ['a Spanish "¡Comparte, …!"', '*¡Comparte, alguien puede necesitarlo!* 🙏', 'mass: asks you to pass it on'],
    [
      'Portuguese "Repassem nos grupos"',
      'Interessados mandar currículo no privado!! Repassem nos grupos 🙏',
      'mass: asks you to pass it on',
    ],
    ['Vietnamese "TUYỂN GẤP"', '🔥 TUYỂN GẤP 20 NHÂN VIÊN KINH DOANH 🔥', 'mass: a hiring call to all'],
    ['Vietnamese "Không cần kinh nghiệm"', '- Không cần kinh nghiệm, chăm chỉ', 'mass: "no experience needed"'],
    ['a Vietnamese opt-out', 'Nhắn "KD" để được tư vấn. Soạn TC để từ chối nhận tin.', 'mass: an unsubscribe or STOP footer'],
    [
      'a warning not to pay for the job',
      'Come with your CV. No pay anybody money for dis job o!',
      'mass: a warning not to pay for the job',
    ],
    ['"We NEVER ask for placement fees"', '⚠️ We NEVER ask for placement fees.', 'mass: a warning not to pay for the job'],
    ['"URGENT VACANCY" in capitals, urgency once', 'URGENT VACANCY!! Dispatch riders needed in Lekki.', 'mass: urgency'],
  ])('%s', (_case, text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    'Hi Sam, could you text me at 0917 552 8140 when you land?',
    'Reply YES if Thursday works for you.',
    'Hola Ana, te escribo porque vi tu charla. ¿Te viene bien el martes?',
  ])('a personal message with none of the signs has none: %s', (text) => {
    expect(readMessage(text).signals.filter((s) => s.kind === 'mass')).toEqual([]);
  });

  it('"Dear Colleague", one colleague, is no greeting for anyone', () => {
    expect(kinds('Dear Colleague,\n\nI would like to tell you about a Band 7 pharmacist post at our hospital.')).not.toContain(
      'mass: a greeting for anyone',
    );
  });

  it('a bulk text with its signs is a mass pitch', () => {
    expect(readMessage('RM0 JAWATAN KOSONG SEGERA! Operator pengeluaran, gaji RM1,800 sebulan. Bls STOP utk berhenti').massPitch).toBe(
      true,
    );
  });
});

describe('mass signs in Japanese, Korean, Chinese, Arabic and Swahili', () => {
  it.each([
    ['○○ 様\n\nはじめまして。', 'mass: an unfilled placeholder'],
    ['OO님, 안녕하세요.', 'mass: an unfilled placeholder'],
    ['※配信停止をご希望の場合は、マイページから変更いただけます。', 'mass: an unsubscribe or STOP footer'],
    ['※本スカウトは、登録条件に合致した複数の方にお送りしております。', 'mass: an unsubscribe or STOP footer'],
    ['⚠️ 本訊息由 LINE 官方帳號群發，如不想再收到，請點選選單「取消訂閱」', 'mass: an unsubscribe or STOP footer'],
    ['수신거부 080-123-4567', 'mass: an unsubscribe or STOP footer'],
    ['※ 수신을 원치 않으시면 [수신거부]를 클릭해 주세요.', 'mass: an unsubscribe or STOP footer'],
    ['※ 오픈채팅방 전체 공지입니다. 수신을 원하지 않으시면 채팅방을 나가 주세요.', 'mass: an unsubscribe or STOP footer'],
    ['안녕하세요, {이름}님.\n잘 맞는 포지션이 있어 안내드립니다.', 'mass: an unfilled placeholder'],
    ['{氏名} 様\n\nはじめまして。', 'mass: an unfilled placeholder'],
    ['Mshahara KSh 4,200 kwa wiki. Kujiondoa tuma STOP kwa 22941.', 'mass: an unsubscribe or STOP footer'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    ['田中様\n\nはじめまして。'],
    ['민호님, 안녕하세요.'],
    ['配信チームのリードを募集しています。'],
    ['연락을 원치 않으시면 편하게 말씀해 주세요.'],
  ])('a name, or a word that only looks like one of them, is none: %s', (text) => {
    expect(kinds(text).filter((k) => k.startsWith('mass:'))).toEqual([]);
  });
});

describe('mass signs in set 123, after its measure', () => {
  it.each([
    ['Ken je nog een collega-chauffeur? Stuur dit bericht door! 💪', 'mass: asks you to pass it on'],
    ['Tento e-mail vám posíláme, protože máte aktivní upozornění na nové nabídky.', 'mass: an unsubscribe or STOP footer'],
    ['Upozornění můžete kdykoli zrušit zde.', 'mass: an unsubscribe or STOP footer'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });
});

describe('mass signs from sets 125 to 127, after their measure', () => {
  it.each([
    ['轉傳給身邊需要的朋友吧 💛', 'mass: asks you to pass it on'],
    ['Sebarkan ke teman & keluarga yang butuh kerja 🙏', 'mass: asks you to pass it on'],
    ['شارك البوست لأصحابك 🙏', 'mass: asks you to pass it on'],
    ['VM-VLTRIX\nWalk-in Drive! Veltrix hiring Customer Support Executive.', 'mass: sent from a bulk text sender'],
    ['*GRATIS tidak dipungut biaya apapun!!*', 'mass: a warning not to pay for the job'],
    ['مكتب بداية للتوظيف – التقديم مجاناً', 'mass: a warning not to pay for the job'],
    ['親愛的朋友您好～\n我們正在招募門市儲備幹部', 'mass: a greeting for anyone'],
    ['*LOWONGAN KERJA KURIR* 🛵', 'mass: a hiring call to all'],
    ['🔴🔴 مطلوب فوراً 🔴🔴', 'mass: a hiring call to all'],
    ['¿Muchos correos? Cambia la frecuencia de esta alerta o date de baja aquí.', 'mass: an unsubscribe or STOP footer'],
    ['Για διαγραφή από τη λίστα αποστολής απαντήστε «ΔΙΑΓΡΑΦΗ».', 'mass: an unsubscribe or STOP footer'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    ['我把你的简历转发给了我们的技术总监。'],
    ['Hi Priya,\nAS-PROMPT was the name of your thesis project, right?'],
    ['Saya akan membagikan jadwal wawancara besok.'],
  ])('a personal message that only looks like one is none (guards, passing before too): %s', (text) => {
    expect(kinds(text).filter((k) => k.startsWith('mass:'))).toEqual([]);
  });
});

describe('mass signs from sets 129 and 130, after their measure', () => {
  it.each([
    ['Препрати на приятел, който търси работа! 🙏', 'mass: asks you to pass it on'],
    ['Поширте, будь ласка, друзям! 🙏', 'mass: asks you to pass it on'],
    ['👉 กดแชร์ให้เพื่อนที่กำลังหางานด้วยนะคะ 🙏', 'mass: asks you to pass it on'],
    ['Bantu share ya kak, siapa tahu ada yang butuh 🙏', 'mass: asks you to pass it on'],
    ['Не се изисква опит! Нужно е само ниво B1 по немски.', 'mass: "no experience needed"'],
    ['🔥 Гаряча вакансія! 🔥', 'mass: urgency'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([['Поделитесь, пожалуйста, вашими ожиданиями по зарплате.'], ['Я переслал ваше резюме руководителю.']])(
    "sharing one's thoughts or forwarding a CV is no pass-it-on ask (guards, passing before too): %s",
    (text) => {
      expect(kinds(text)).not.toContain('mass: asks you to pass it on');
    },
  );
});

describe('mass pitches: sets 140 to 142, after their measure', () => {
  it.each(['*Please share this in your groups!*', '*Kindly share to your groups* 🙏'])('asks to share it in groups: %s', (text) => {
    expect(kinds(`We are hiring sales executives in Lagos.\n\n${text}`)).toContain('mass: asks you to pass it on');
  });

  it.each(['Eligibility: Any Graduate, Freshers (2023/2024 pass-outs) & Experienced can apply', 'Freshers welcome! Walk in with your CV.'])(
    'calls freshers to apply, as "no experience needed": %s',
    (text) => {
      expect(kinds(text)).toContain('mass: "no experience needed"');
    },
  );

  it('an Indian walk-in drive that asks to be shared in groups and calls freshers is a mass pitch', () => {
    const text =
      '*Zenvora Technologies is Hiring!!* 🚀\n\n*Walk-in Drive for Customer Support Associate*\n\n' +
      'Eligibility: Any Graduate / Undergraduate, Freshers (2023/2024 pass-outs) & Experienced can apply\nSalary: CTC 3.2 LPA - 4.5 LPA\n\n' +
      'Contact HR Pooja: 8810 476 239\n\n*Please share this in your groups!*';
    expect(readMessage(text).massPitch).toBe(true);
  });

  it('a personal note that speaks of hiring freshers is not called mass (a guard)', () => {
    const text =
      'Hi Sam,\n\nWe are hiring freshers for our Pune office, and your internship project on Kafka consumers stood out to me.\n\nAnita';
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('mass pitches: set 143, after its measure', () => {
  it('a job alert\'s "Don\'t want these emails? Edit or delete this alert." is an unsubscribe footer', () => {
    const text =
      'Your job alert: "payroll" in Co. Wexford\n\n1 new job matches your alert\n\nPayroll Specialist\nSlaney Foods Group\n€42,000 - €48,000 per year\n\n' +
      "Don't want these emails? Edit or delete this alert.";
    expect(kinds(text)).toContain('mass: an unsubscribe or STOP footer');
    expect(readMessage(text).massPitch).toBe(true);
  });

  it('a person saying they do not want these emails to go unanswered is no footer (a guard)', () => {
    expect(kinds("Hi Sam, I know you don't want these roles pushed at you, so just one question.")).not.toContain(
      'mass: an unsubscribe or STOP footer',
    );
  });
});

describe('mass pitches: set 154, after its measure', () => {
  it('a messaging app\'s "Forwarded many times" label is a mass sign', () => {
    const text =
      '↪️ Forwarded many times\n\n🔴 مطلوب فوراً 🔴\nشركة النيل للصناعات الدوائية\nمحتاجين Medical Representative\n✅ المرتب: 22,000 جنيه نت شهرياً + عمولة';
    const read = readMessage(text);
    expect(read.massPitch).toBe(true);
    expect(read.signals.map((s) => s.text)).toContain('forwarded many times');
  });

  it('a Thai broadcast: urgent, many posts, "pass it to your friends"', () => {
    const text =
      '📣📣 ด่วน!! รับสมัครหลายอัตรา 📣📣\nบริษัท ไทยเฟรช ดิสทริบิวชั่น จำกัด\nเปิดรับ ➡️ Sales Executive 10 อัตรา\n✅ เงินเดือนเริ่มต้น 18,000 บาทขึ้นไป\nส่งต่อให้เพื่อนที่กำลังหางานด้วยนะคะ 🙏';
    expect(readMessage(text).massPitch).toBe(true);
  });

  it('"forwarded" said in a sentence is no sign (a guard)', () => {
    const text = 'Hi Sam, Priya forwarded me your thesis on rail scheduling many times over the years; we are hiring a planner.';
    expect(readMessage(text).signals.map((s) => s.text)).not.toContain('forwarded many times');
  });
});

describe('mass pitch: a placeholder named in snake case or in Vietnamese', () => {
  it.each([
    ['Chào {ten_ung_vien},\n\nChúng tôi có cơ hội nghề nghiệp phù hợp với bạn.'],
    ['Chào Anh/Chị [Tên ứng viên],\n\nEm là Linh, headhunter.'],
    ['Hi {candidate_first_name},\n\nA role for you.'],
  ])('%s', (text) => {
    expect(kinds(text)).toContain('mass: an unfilled placeholder');
  });

  it('a code sample in braces is no placeholder (a guard)', () => {
    expect(kinds('Hi Sam,\n\nI liked your post on {Fast} templates and your talk in Leeds.')).not.toContain(
      'mass: an unfilled placeholder',
    );
  });
});

describe('mass pitch: a Swahili SMS opt-out to a USSD code', () => {
  it('"STOP kujiondoa *456#"', () => {
    expect(kinds('NAFASI ZA KAZI: wafanyakazi 60. Maelezo: 0722 555 908. STOP kujiondoa *456#')).toContain(
      'mass: an unsubscribe or STOP footer',
    );
  });
});

describe('mass pitch: a Taglish pass-it-on and Spanish interviews today', () => {
  it('"Pls share sa mga friends nyo na naghahanap ng work!"', () => {
    expect(kinds('Hiring CSR! Pls share sa mga friends nyo na naghahanap ng work! Salamat po')).toContain('mass: asks you to pass it on');
  });

  it('"¡Entrevistas HOY y mañana!"', () => {
    expect(kinds('Puesto: Ejecutivo de Televentas. Entrevistas HOY y mañana!! Manda tu CV.')).toContain('mass: urgency');
  });
});

describe("mass pitch: a Taiwanese board's subscription footer", () => {
  it.each([['查看全部 12 筆職缺 ›\n不想再收到此類通知？管理訂閱'], ['本郵件由系統自動發送，請勿直接回覆。']])('%s', (text) => {
    expect(kinds(text)).toContain('mass: an unsubscribe or STOP footer');
  });

  it('a headhunter saying it is no mass mail is no footer (a guard)', () => {
    expect(kinds('您好，這不是群發訊息，是我看了您的履歷特別寫給您的。')).not.toContain('mass: an unsubscribe or STOP footer');
  });
});

describe('mass pitch: a pass-it-on in Chinese, Malay and Egyptian Arabic', () => {
  it.each([
    ['Berminat? WhatsApp Ms Jess\n*请帮忙转发，谢谢！*'],
    ['Berminat? WhatsApp kami. Tolong share ya 🙏'],
    ['للتقديم ابعت الـ CV واتساب\n*شيّر للجروبات* 🙏'],
  ])('%s', (text) => {
    expect(kinds(text)).toContain('mass: asks you to pass it on');
  });
});

describe('mass pitch: Thai "no experience needed" and "feel free to share on"', () => {
  it('"ไม่จำเป็นต้องมีประสบการณ์"', () => {
    expect(kinds('คุณสมบัติ: อายุ 18-40 ปี ไม่จำเป็นต้องมีประสบการณ์')).toContain('mass: "no experience needed"');
  });

  it('"แชร์ต่อได้เลยค่ะ"', () => {
    expect(kinds('เริ่มงานได้ทันที!! 📌 แชร์ต่อได้เลยค่ะ')).toContain('mass: asks you to pass it on');
  });
});

describe('mass signs from sets 173 to 178', () => {
  it.each([
    ['לפרטים שלחו "קפה" לוואטסאפ\nשתפו בקבוצות!! 🙏', 'mass: asks you to pass it on'],
    ['📣 דרושים/ות בדחיפות!! 📣\nלרשת מסעדות בתל אביב', 'mass: a hiring call to all'],
    ['안녕하세요 여러분~ 😊 좋은 포지션이 있어 공유드립니다!', 'mass: a greeting for anyone'],
    ['亲，您好！看到您在平台上的简历，欢迎投递～', 'mass: a greeting for anyone'],
    ['我们正在大量招聘客服专员，欢迎投递', 'mass: a hiring call to all'],
    ['名额有限，先到先得！\n回复"TD"退订', 'mass: an unsubscribe or STOP footer'],
    ['Entretiens tous les jours.\nPartagez svp 🙏', 'mass: asks you to pass it on'],
    ['Profil : Bac ou Bac+2, débutants acceptés 👍', 'mass: "no experience needed"'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    ['אני מחפש עבודה חדשה, אשמח אם תשתפו אותי בהזדמנויות'],
    ['回复退订就好，我不是群发的。'],
    ['Les débutants en Rust sont les bienvenus dans notre équipe de six.'],
  ])('none of those signs: %s', (text) => {
    expect(kinds(text).filter((k) => k.startsWith('mass:'))).toEqual([]);
  });

  it('reads a title without a chat’s bold marks inside it', () => {
    expect(readMessage('*Sahel Contact* recrute 40 *Téléconseillers/ères* – Rabat\n\nSalaire fixe : 5 000 DH/mois').role).not.toContain(
      '*',
    );
  });
});

describe('a German gender’s star stays in a title', () => {
  it('keeps "Sachbearbeiter*in"', () => {
    expect(readMessage('Wir suchen eine*n Sachbearbeiter*in (m/w/d) Bauordnung für die Stadt Weilburg.').role ?? '').not.toMatch(
      /^Sachbearbeiterin/,
    );
  });
});

describe('mass signs from sets 179 to 181', () => {
  it.each([
    ['מכירים מישהו מתאים? מענק חבר מביא חבר 🎁', 'mass: asks you to pass it on'],
    ['שלחו קו"ח לוואטסאפ או למייל', 'mass: a hiring call to all'],
    ['Walk-in Mon-Sat 9AM-4PM. Pls share! -Apex Staffing', 'mass: asks you to pass it on'],
    ['Aur koi friend dhoondh raha ho toh pls forward karo 🙏', 'mass: asks you to pass it on'],
    ['*URGENT HIRING* 🚨 Java Full Stack Developer', 'mass: a hiring call to all'],
    ['*JOB VACANCY* 📢 A reputable FMCG company in Lagos is recruiting', 'mass: a hiring call to all'],
    ['Interested and qualified candidates should send their CV to careers@example.com.', 'mass: a hiring call to all'],
    ['如不想再收到此类推荐邮件，请点击退订。', 'mass: an unsubscribe or STOP footer'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    ['שלח/י לי קו"ח כשנוח לך, ונקבע שיחה.'],
    ['Happy to share more details on the role if you are interested.'],
    ['We are hiring now for our Leeds team and I thought of you after your talk.'],
  ])('none of those signs: %s', (text) => {
    expect(kinds(text).filter((k) => k.startsWith('mass:'))).toEqual([]);
  });
});

describe('mass signs: broadcast labels, opt-out footers and pass-it-on asks in Thai, Vietnamese, Hebrew, Portuguese, Spanish and Arabic', () => {
  it.each([
    ['ร้านกาแฟบ้านสวน\n[ข้อความบรอดแคสต์] 10:15\nรับสมัครบาริสต้า', 'mass: a post to a channel or a broadcast list'],
    ['โทร 02-000-0000\nหากไม่ต้องการรับข้อความ กด "บล็อก"', 'mass: an unsubscribe or STOP footer'],
    ['Xem thêm 5 việc làm khác\n\nHủy đăng ký | Cài đặt', 'mass: an unsubscribe or STOP footer'],
    ['Bạn nhận được email này vì đã đăng ký nhận tin việc làm.', 'mass: an unsubscribe or STOP footer'],
    ['לפרטים: 03-0000000\nלהסרה השב "הסר"', 'mass: an unsubscribe or STOP footer'],
    ['Segue a lista de vagas, compartilhem com quem precisa 🙏', 'mass: asks you to pass it on'],
    ['Quem puder, repassa nos outros grupos 👊', 'mass: asks you to pass it on'],
    ['Vacantes en Zapopan, compartan con quien lo necesite', 'mass: asks you to pass it on'],
    ['للتقديم واتساب فقط\nانشر تؤجر', 'mass: asks you to pass it on'],
    ['الرجاء النشر لتعم الفائدة 🙏', 'mass: asks you to pass it on'],
    ['*CONSULTANCY OPPORTUNITY – PLEASE SHARE* 📢', 'mass: asks you to pass it on'],
    ['*Forwarded many times*\n\nWe are hiring drivers', 'mass: forwarded many times'],
    ['Bom dia, pessoal! Vagas novas na região', 'mass: a greeting with no name'],
    ['Hola a todos, tenemos vacantes para cajeros', 'mass: a greeting with no name'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    // A person who may share a thing, one to one: no call to pass the post on.
    ['Se quiser, posso compartilhar o documento da vaga com você.'],
    ['Fico feliz em compartilhar mais detalhes na nossa conversa.'],
    // "Everyone" inside a sentence, not the greeting.
    ['Oi Ana! Todos aqui gostaram muito da sua palestra.'],
    ['أرسل لي السيرة الذاتية وسأتواصل معك، ولن يتم نشر بياناتك'],
  ])('none of those signs: %s', (text) => {
    expect(kinds(text).filter((k) => k.startsWith('mass:'))).toEqual([]);
  });

  it('calls a chat broadcast greeting everyone and asking to share a mass pitch', () => {
    expect(readMessage('Bom dia, pessoal! Vaga de auxiliar de cozinha em Osasco, compartilhem com quem precisa 🙏').massPitch).toBe(true);
  });
});

describe('a chat list of several jobs in bold, each with its pay, offers none of them', () => {
  const list = [
    '*VAGAS DA SEMANA*',
    '',
    '✅ *AUXILIAR DE COZINHA* – Osasco',
    'Salário R$ 1.800,00 + VT',
    '',
    '✅ *OPERADOR DE CAIXA* – Barueri',
    'R$ 1.750,00 + VR',
    '',
    '✅ *MOTORISTA* – Carapicuíba',
    'Salário a combinar',
  ].join('\n');

  it('reads no pay and no title from it', () => {
    const read = readMessage(list);
    expect(read.pay).toBeNull();
    expect(read.role).toBeNull();
  });

  it('still reads one job whose post has its own headings in bold', () => {
    const one = ['*AUXILIAR DE COZINHA* – Osasco', '', '✅ *Salário:* R$ 1.800,00', '✅ *Horário:* 6x1', '✅ *Benefícios:* VT e VR'].join(
      '\n',
    );
    expect(readMessage(one).pay?.min).toBe(1800);
  });
});

describe('mass signs: broadcast formulas, counted hires, hype and opt-outs in more words', () => {
  it.each([
    ['Vaga de garçom em Santos. Repassem nos outros grupos, por favor!', 'mass: asks you to pass it on'],
    ['Hiring riders in Ikeja, please share in your groups 🙏', 'mass: asks you to pass it on'],
    ['Gerne auch an Freund:innen weiterleiten! 🙏', 'mass: asks you to pass it on'],
    ['📢 بارطاجي مع صحابك اللي كيقلبو على خدمة!', 'mass: asks you to pass it on'],
    ['Lagerjobs Zürich (Broadcast-Liste)\n\nNeuer Einsatz ab Montag', 'mass: a post to a channel or a broadcast list'],
    ['We are looking for 20 motivated SALES AGENTS to start on Monday.', 'mass: dozens hired at once'],
    ["We're adding 30 ENERGETIC Customer Care Associates to our Cebu site.", 'mass: dozens hired at once'],
    ['NB: We do not charge any recruitment fees.', 'mass: a warning not to pay for the job'],
    ['No sales experience? No problem. We train you.', 'mass: "no experience needed"'],
    ['المزايا: راتب ثابت، بدون خبرة', 'mass: "no experience needed"'],
    ['Reply "ROOF" and I will call you today.', 'mass: a keyword to text to a number'],
    ['Interessiert? Schreib uns einfach „KUECHE“ + deinen Namen.', 'mass: a keyword to text to a number'],
    ['Ak si neželáte dostávať ďalšie ponuky, odhláste sa tu.', 'mass: an unsubscribe or STOP footer'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    // A hiring manager's own plans, a team's size, an experience they do ask for, a reply to a question.
    ['Could you share the JD with the team in our Slack groups? Thanks, Ana'],
    ['Our team grew from 12 to 30 engineers last year.'],
    ['You would have no direct reports at first.'],
    ['Reply when you have a moment, no rush at all.'],
    // A hiring manager's plans, a life's change spoken of to one person, a reply's "YES".
    ['We are looking for 12 engineers this year across the platform teams.'],
    ['A move to Lisbon could change your life, so take your time.'],
    ['If that sounds good, reply "YES" and I will book us a call.'],
    ['Hallo zusammen, wie eben im Call besprochen, hier die Eckdaten.'],
    ['This is not going to a broadcast list, it is just you.'],
    // A sales job's terms, as an agency writing to one person states them.
    ['OTE: R55 000 per month (uncapped commission)'],
    ['Ak nechcete, moje ďalšie správy dostávať nemusíte.'],
  ])('none of those signs: %s', (text) => {
    expect(kinds(text).filter((k) => k.startsWith('mass:'))).toEqual([]);
  });

  it('calls a broadcast that asks to be passed on to other groups a mass pitch on that sign alone', () => {
    expect(readMessage('مطلوب محاسب لشركة تجارية في جدة\nانشر تؤجر').massPitch).toBe(true);
    expect(readMessage('Feel free to share this with anyone who might be interested.').massPitch).toBeNull();
  });
});

describe('mass signs: Swahili bulk texts, a count of slots, "pls share, someone needs this", Arabic "انشرها"', () => {
  it.each([
    ['Ujumbe (SMS) kutoka KAZI-PLUS\nTANGAZO LA KAZI: madereva 10 wanahitajika.', 'mass: sent from a bulk text sender'],
    ['TANGAZO LA KAZI: Kampuni inatafuta madereva.', 'mass: a hiring call to all'],
    ['Tuma CV kabla ya 30/06. Hakuna ada ya maombi.', 'mass: a warning not to pay for the job'],
    ['*WAREHOUSE PICKERS* (30 slots)\nSalary: ₦120,000 monthly', 'mass: dozens hired at once'],
    ['Send CV to 0803 000 0000.\n_Pls share, someone needs this_ 🙏', 'mass: asks you to pass it on'],
    ['🔁 *انشرها لعل فيها رزق لغيرك* 🔁', 'mass: asks you to pass it on'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([['We have 2 slots left for interviews on Friday.'], ['Please share your CV when you can, someone on my team will review it.']])(
    'none of those signs: %s',
    (text) => {
      expect(kinds(text).filter((k) => k.startsWith('mass:'))).toEqual([]);
    },
  );
});

describe('mass signs: urgent vacancies, counted hires in Vietnamese, a keyword in Spanish, channels and asks to share in more languages', () => {
  it.each([
    ['*📢 ¡¡VACANTES URGENTES!! 📢*', 'mass: urgency'],
    ['Solicitamos *OPERADOR DE MONTACARGAS* (30 posiciones)', 'mass: dozens hired at once'],
    ['📲 Manda WhatsApp con la palabra *MONTACARGAS* al 55 4187 2093', 'mass: a keyword to text to a number'],
    ['🔥🔥 TUYỂN GẤP 50 CÔNG NHÂN MAY – ĐI LÀM NGAY 🔥🔥', 'mass: dozens hired at once'],
    ['👉 Ai có nhu cầu inbox hoặc share giúp người thân nha cả nhà ❤️', 'mass: asks you to pass it on'],
    ['🔁 Share ke teman yang butuh kerja!', 'mass: asks you to pass it on'],
    ['👥 Join channel: t.me/lokerjakarta_update', 'mass: a post to a channel or a broadcast list'],
    ['🆔 @tehran_it_jobs_channel', 'mass: a post to a channel or a broadcast list'],
    ['♻️ لطفاً برای دوستانتان فوروارد کنید', 'mass: asks you to pass it on'],
    ['📣 #استخدام | #تهران', 'mass: a hiring call to all'],
    ['First 20 applicants lang po ang i-schedule for interview this week! ⏳', 'mass: urgency'],
    ['AJIRA! Shamba la maua linatafuta wafanyakazi.', 'mass: a hiring call to all'],
    ['Maswali piga 0722 481 903. STOP*456*9#', 'mass: an unsubscribe or STOP footer'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    ['Manda un mensaje con la palabra BAJA si no quieres recibir más.'],
    ['Reply with the word YES and I will book us a call.'],
    ['Our first 2 hires on the team were engineers from Lisbon.'],
    ['Mình tuyển 2023 là năm đầu tiên.'],
    ['Share your CV with me when you can.'],
  ])('none of those signs: %s', (text) => {
    // (A word that opts out, "BAJA", is a sign of its own, not a keyword to apply with.)
    const those = ['keyword', 'dozens', 'pass it on', 'urgency', 'channel'];
    expect(kinds(text).filter((k) => those.some((sign) => k.includes(sign)))).toEqual([]);
  });

  it('calls a Mexican broadcast with those signs a mass pitch', () => {
    expect(
      readMessage(
        '*📢 ¡¡VACANTES URGENTES!! 📢*\nSolicitamos *OPERADOR DE MONTACARGAS* (30 posiciones)\n📲 Manda WhatsApp con la palabra *MONTACARGAS* al 55 4187 2093',
      ).massPitch,
    ).toBe(true);
  });
});

describe('mass signs: a Greek opt-out, Romanian urgency and keyword, "no experience? no problem"', () => {
  it.each([
    ['Βιογραφικά: jobs@ariadneblue.gr. Διαγραφή: STOP στο 54345', 'mass: an unsubscribe or STOP footer'],
    ['⏰ Locurile sunt limitate – start training 12 ianuarie!', 'mass: urgency'],
    ['Sau trimite-mi un mesaj cu „GERMANĂ” și te sun eu.', 'mass: a keyword to text to a number'],
    ['Nu ai experiență în call center? Nicio problemă!', 'mass: "no experience needed"'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });
});

describe('mass signs: a LINE account’s opt-out, a channel’s header and handle, an Amharic ask to share', () => {
  it.each([
    ['※ 不想再收到徵才訊息？點選選單「訊息設定」即可關閉', 'mass: an unsubscribe or STOP footer'],
    ['📢 وظائف الإمارات | UAE Jobs Daily\nTelegram channel · 48.6K subscribers', 'mass: a post to a channel or a broadcast list'],
    ['👉 ለሌሎች ሼር ያድርጉ! Join 👉 @EthioSiraChannel', 'mass: a post to a channel or a broadcast list'],
    ['👉 ለሌሎች ሼር ያድርጉ!', 'mass: asks you to pass it on'],
    ['Kirim CV sekarang.\n👥 Gabung channel: t.me/lokerjakarta_update', 'mass: a post to a channel or a broadcast list'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    ['Hi Sam, our app has 2M subscribers and I loved your talk. Would you chat?'],
    ['Hi Sam, I found you via @golang_jobs on Telegram; I lead the platform team at Acme.'],
    ['Hi Omid, I am Sara, recruiter at Snapp, and I lead hiring for the maps team. Reach me on Telegram 🆔 @sara_rahimi_hr'],
    ['Hi Lee, you would join the Channel Partnerships team as a Channel Account Manager, reporting to me.'],
    ['Selamat ya Mbak Sari, offering letter sudah dikirim. Nanti gabung ke grup onboarding tim Finance di WhatsApp ya.'],
  ])('no channel sign in a personal message: %s', (text) => {
    expect(kinds(text)).not.toContain('mass: a post to a channel or a broadcast list');
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('a chat post to the whole channel, an opt-out by reply, and calls to share in Dari, Tamil and Amharic', () => {
  it.each([
    ["@everyone 🎮 WE'RE HIRING testers for the 1.0 launch!", 'mass: a post to a channel or a broadcast list'],
    ['@here we need two more QA contractors, DM me', 'mass: a post to a channel or a broadcast list'],
    ['If you are no longer available, please reply "REMOVE" and we will take you off our list.', 'mass: an unsubscribe or STOP footer'],
    ['Not available this summer? Let us know and we will take you off the mailing list.', 'mass: an unsubscribe or STOP footer'],
    ['📣 کانال کاریابی کابل | @kabul_jobs_daily', 'mass: a post to a channel or a broadcast list'],
    ['🔁 این پست را با دوستان خود شریک سازید', 'mass: asks you to pass it on'],
    ['இந்த செய்தியை உங்கள் நண்பர்களுக்கு பகிருங்கள் 🙏', 'mass: asks you to pass it on'],
    ['🏗️ வேலைவாய்ப்பு 🏗️\n*கொத்தனார்* தேவை', 'mass: a hiring call to all'],
    ['🔁 ለጓደኞችዎ Share ያድርጉ', 'mass: asks you to pass it on'],
    ['👉 ለተጨማሪ ሥራዎች ቻናላችንን ይቀላቀሉ፡ @addis_jobs_ch', 'mass: a post to a channel or a broadcast list'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });

  it.each([
    ['Hi Sam, email me at sam@here.example or call. I liked your talk at GopherCon.'],
    ["Hi Sam, if it's not for you I'll take you off my list, no worries. I loved your post on queues."],
    ['Hi Omid, my own Telegram channel is @omid_notes, where I write about Go; I lead the platform team at Snapp.'],
  ])('no such sign in a personal message: %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });

  it('calls a Discord post to @everyone with its hashtags a mass pitch', () => {
    expect(readMessage("@everyone 🎮 WE'RE #HIRING 🎮\n#QATester #Contract #RemoteUS #gamedev\n\n💵 $22/hr").massPitch).toBe(true);
  });
});

describe('mass signs: sets 207 and 210, after their measure', () => {
  it.each([
    ['Du får denne e-posten fordi du har registrert et stillingsvarsel hos Solvik kommune.', 'mass: an unsubscribe or STOP footer'],
    ['Administrer eller slett stillingsvarselet ditt.', 'mass: an unsubscribe or STOP footer'],
    ['👉 Distribuiți la prieteni și rude! Locurile sunt LIMITATE!!!', 'mass: asks you to pass it on'],
    ['Tunnetko sopivan tyypin? Maksamme 1 000 € suosittelupalkkion onnistuneesta suosituksesta!', 'mass: a referral bonus offered to you'],
  ])('%s', (text, sign) => {
    expect(kinds(text)).toContain(sign);
  });
});

describe('an Egyptian group post’s ask to share it for whoever needs it', () => {
  it('calls the post a mass pitch: "ياريت تعملوا شير للي محتاج"', () => {
    const post =
      'مطلوب محاسب عام لشركة مقاولات كبرى بالتجمع الخامس\n\nالمميزات:\n💵 المرتب من 12 لـ 15 ألف جنيه حسب الخبرة\n\n' +
      'اللي عنده الشروط يبعت الـ CV واتساب على 01098765432\nياريت تعملوا شير للي محتاج 🙏';
    expect(readMessage(post).massPitch).toBe(true);
  });
});

describe('a Romanian group blast’s ask to pass it on', () => {
  it('calls the blast a mass pitch: "Distribuiți, poate ajutați un prieten!"', () => {
    const blast =
      '🚛🚛 ANGAJĂM URGENT ȘOFERI CAT. C+E PENTRU GERMANIA 🇩🇪🚛🚛\n\n✅ Salariu 2.900 € NET/lună\n\n' +
      '📞 Sunați ACUM la 0745 219 633\nDistribuiți, poate ajutați un prieten! 🙏';
    const read = readMessage(blast);
    expect(read.massPitch).toBe(true);
    expect(read.signals.map((signal) => signal.quote)).toContain('Distribuiți, poate ajutați un prieten! 🙏');
  });
});

describe('an Urdu group blast: urgency and an ask to share it with friends and relatives', () => {
  it('reads both signs, and calls it a mass pitch', () => {
    const text =
      '*فوری ضرورت برائے دبئی* 🇦🇪\n🔌 *الیکٹریشن (Electrician)* — 25 آسامیاں\n💵 تنخواہ: 2,200 درہم ماہانہ\n\nیہ پیغام اپنے دوستوں اور رشتہ داروں کو ضرور شیئر کریں 🙏';
    expect(kinds(text)).toEqual(expect.arrayContaining(['mass: urgency', 'mass: asks you to pass it on']));
    expect(readMessage(text).massPitch).toBe(true);
  });
});

describe('a Malay group blast’s opt-out: "Balas "STOP" jika tidak mahu"', () => {
  it('reads it as a footer for the many', () => {
    const text =
      '*OPERATOR PENGELUARAN*\n✅ Gaji pokok RM1,800 – RM2,400 sebulan\n_Mesej ini dihantar kepada semua ahli grup. Balas "STOP" jika tidak mahu terima iklan kerja lagi._';
    expect(kinds(text)).toContain('mass: an unsubscribe or STOP footer');
    expect(readMessage(text).massPitch).toBe(true);
  });
});

describe('a Serbian Viber list’s opt-out: "Da se odjavite sa liste, pošaljite STOP."', () => {
  it('reads it as a footer for the many', () => {
    expect(kinds('Plata: 145.000 din neto mesečno.\nDa se odjavite sa liste, pošaljite STOP.')).toContain(
      'mass: an unsubscribe or STOP footer',
    );
  });
});

describe('an unsubscribe footer in Latvian and Estonian (unseen set 226)', () => {
  it.each([
    'Jūs saņemat šo e-pastu, jo abonējāt darba paziņojumus.\nAtteikties no paziņojumiem | Mainīt biežumu',
    'Te saite selle e-kirja, sest tellisite tööpakkumiste teavitused. Loobu tellimusest.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('mass: an unsubscribe or STOP footer');
  });
});

describe('more Latvian and Estonian unsubscribe footers (review 59’s gaps)', () => {
  it.each(['Lai atteiktos no jaunumiem, spiediet šeit.', 'Lai atrakstītos, spiediet šeit.', 'Uudiskirjast loobumiseks klõpsake siin.'])(
    '%s',
    (text) => {
      expect(kinds(text)).toContain('mass: an unsubscribe or STOP footer');
    },
  );
});

describe('a broadcast’s call to pass it on, in Roman Urdu and Bengali', () => {
  it.each([
    // The verb last: "forward it in all your groups"; and a reward in rupees for a referral.
    ['Is msg ko apne sab groups mein forward karain 🙏', 'mass: asks you to pass it on'],
    ['Refer karain aur Rs. 5,000 paayen!', 'mass: a referral bonus offered to you'],
    // "Share the post and let others know".
    ['পোস্টটি শেয়ার করে অন্যদের জানার সুযোগ করে দিন 🙏', 'mass: asks you to pass it on'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it('calls a post with two of them a mass pitch', () => {
    expect(
      readMessage('Call Center Agents ki zaroorat hai.\nRefer karain aur Rs. 5,000 paayen!\nIs msg ko apne sab groups mein forward karain')
        .massPitch,
    ).toBe(true);
  });
});

describe('a post in a public group, pasted with its header', () => {
  it.each([
    'Posao za vozače – Srbija i region 🚛\nJavna grupa · 38,4 hilj. članova\n\nZapošljavamo vozače C+E kategorije.',
    'Warehouse Jobs Leeds\nPublic group · 12K members\n\nWe are hiring pickers, £12.21/hr.',
  ])('%s', (text) => {
    expect(kinds(text)).toContain('mass: a post to a channel or a broadcast list');
    expect(readMessage(text).massPitch).toBe(true);
  });
});

describe('French footers of a mailing list, and a post in a Slack or Teams channel', () => {
  it.each([
    ['Vous recevez ce courriel parce que vous êtes inscrit(e) à la liste des finissants.', 'mass: an unsubscribe or STOP footer'],
    ['Pour vous désabonner, répondez « RETRAIT ».', 'mass: an unsubscribe or STOP footer'],
    [
      'Horlogerie Favre · #annonces-rh\n\nMélanie (RH)  11:05\nNous cherchons un·e contrôleur·se de gestion. Envoyez vos recommandations !',
      'mass: a post to a channel or a broadcast list',
    ],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
  it.each([
    // A direct message's header names a person; a channel named inside a sentence is no post's header.
    'Mélanie Favre  11:05\nSalut Jean, tu serais partant pour un poste de contrôleur de gestion chez nous ?',
    'Salut Jean, j’ai vu ton message dans Horlogerie Favre · #général et je voulais te parler du poste.',
  ])('finds no channel post in %s', (text) => {
    expect(kinds(text)).not.toContain('mass: a post to a channel or a broadcast list');
  });
});

describe('bulk footers and channel posts in French, Turkish and Arabic', () => {
  it.each([
    ['Merci de ne pas répondre directement à ce message.\nPour ne plus recevoir nos offres : https://exemple.fr/desinscription'],
    ["DEMIRTAS MAKINA: CNC operatoru alinacaktir. Mesaj almamak icin RET yazip 3838'e gonderin. B002"],
    ['🔥 وظائف اليوم 🔥\n1️⃣ Flutter Developer – Alexandria\n👥 52K مشترك | شارك القناة مع صحابك'],
  ])('flags %s', (text) => {
    expect(readMessage(text).massPitch).toBe(true);
  });
});

describe('a Spanish internal referral mail', () => {
  it('flags "Si conocéis a alguien" and "una prima por referido"', () => {
    const text =
      'Hola a todos y todas:\n\nNecesitamos un/a Jefe/a de Turno.\n\nSi conocéis a alguien que encaje, enviad su CV. Si supera el periodo de prueba, recibiréis una prima por referido de 500 €.';
    const read = readMessage(text);
    expect(read.signals.map((s) => s.text)).toEqual(expect.arrayContaining(['asks you to pass it on', 'a referral bonus offered to you']));
  });
});

describe('opt-outs to a number in Latvian and Nepali, a Korean unsubscribe button, channel posts by their header, a private group’s post, a Sinhala share', () => {
  it.each([
    [
      'SIA "Daugavas Ceļi" aicina darbā ceļu strādniekus. Alga 8,20 EUR/h bruto. Zvani 2750 3319. Atteikties: sūti STOP uz 1881',
      'an unsubscribe or STOP footer',
    ],
    ['Factory Worker 150 जना चाहियो! तलब RM 1,700/महिना. बन्द गर्न STOP लेखी 31001 मा पठाउनुहोस्।', 'an unsubscribe or STOP footer'],
    [
      '[커리어온] 오늘의 맞춤 추천 공고 (5건)\n1. (주)새봄물류\n더 이상 받고 싶지 않으시면 수신거부를 눌러주세요.',
      'an unsubscribe or STOP footer',
    ],
    [
      '#jobb\nLinnea Sjöberg  10:42\nHej allihopa! Vi på Kuggen Games i Malmö söker en Gameplay Programmer.',
      'a post to a channel or a broadcast list',
    ],
    [
      'Microsoft Teams\nStraits Maritime Holdings > SG All Staff > #internal-mobility\n\nPriya Nair (HR Business Partner)  10:05 AM\n📣 Internal Opening: Regional Procurement Lead',
      'a post to a channel or a broadcast list',
    ],
    [
      'Gold Coast Jobs & Gigs (Official)\nPrivate group · 48.2K members\n\nBec Thornton ▸ Gold Coast Jobs & Gigs (Official)\n☕️ BARISTA WANTED ☕️',
      'a post to a channel or a broadcast list',
    ],
    ['✅ මාසික වැටුප රු. 52,000 – 68,000\nකරුණාකර අනෙක් group වලට share කරන්න 🙏', 'asks you to pass it on'],
  ])('%s', (text, sign) => {
    const read = readMessage(text);
    expect(read.signals.map((s) => s.text)).toContain(sign);
    expect(read.massPitch).toBe(true);
  });

  it.each([
    // A hashtag opening a personal message, a ticket's number, a person's "STOP" in a sentence.
    ['#opentowork? Saw your post, Ana, and your talk on dbt tests was great. Fancy a chat?'],
    ['#4821 follow-up: Hi Ana, thanks for the call today about the data engineer role.'],
    ['Hei Ana, jeg sa STOP til prosjektet i fjor, men dette er noe annet.'],
  ])('flags no channel or opt-out in %s', (text) => {
    expect(readMessage(text).signals.map((s) => s.text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/channel|STOP/)]));
  });
});

describe('a Bulgarian opt-out, a group post by its app’s header, passing it on in Greek and Romanian', () => {
  it.each([
    ['SMS от: KARIERA BG\nТърси Консултант. Заплата от 2 100 лв. Отказ: SMS STOP на 1851', 'an unsubscribe or STOP footer'],
    ['Viber · Ομάδα «Δουλειές Οικοδομή Αττική» (2.3K μέλη)\nΓιώργος\n\nΖΗΤΟΥΝΤΑΙ ΚΑΛΟΥΠΑΤΖΗΔΕΣ', 'a post to a channel or a broadcast list'],
    ['WhatsApp · Grup „Locuri de muncă Germania”\n\nANGAJĂM DULGHERI', 'a post to a channel or a broadcast list'],
    ['ANGAJĂM DULGHERI COFRAJE.\nMesaj transmis pe toate grupurile. Distribuie!', 'asks you to pass it on'],
    ['Ζητούνται καλουπατζήδες. Προωθήστε σε όποιον ενδιαφέρεται 🙏', 'asks you to pass it on'],
  ])('%s', (text, sign) => {
    expect(readMessage(text).signals.map((s) => s.text)).toContain(sign);
  });
  it('flags no group post in a chat headed by a person', () => {
    expect(readMessage('Viber · Стоян Кирилов\n\nЗдравей, Петьо. Търсим бригадир.').signals.map((s) => s.text)).not.toContain(
      'a post to a channel or a broadcast list',
    );
  });
});

describe('a Discord channel with its server, a Teams path with no "#"', () => {
  it.each([
    ['#tuyen-dung  |  Vietnam Frontend Devs\n\nQuang Huy [Lotus Labs] — Today at 10:27 AM\nLotus Labs tuyển Frontend Developer'],
    [
      'Microsoft Teams\nNorthgate Federal Bank  >  Financial Crimes Compliance  >  General\n\nLauren Pike   Tuesday 10:05 AM\nReferral call-out',
    ],
  ])('%s', (text) => {
    expect(readMessage(text).signals.map((s) => s.text)).toContain('a post to a channel or a broadcast list');
  });
  it('flags no channel in a Teams chat with one person', () => {
    expect(readMessage('Microsoft Teams\nChat: Angela Ruiz\n\nhey Marcus, got a sec?').signals.map((s) => s.text)).not.toContain(
      'a post to a channel or a broadcast list',
    );
  });
});

describe('Turkish bulk signs, and a merge field in capitals', () => {
  it.each([
    "Gonderen: PERSONEL\nGEBZE OSB'de FORKLIFT OPERATORU alinacaktir. Aylik net 28.500 TL. Iptal icin RET yazip 3838'e gonderin B001",
    'Merhaba [AD_SOYAD],\n\nÇağrı Merkezimize Müşteri Temsilcisi alıyoruz!\n\nBu e-postayı almak istemiyorsanız buraya tıklayın.',
    'Kayıtlı aramanıza uyan 6 yeni ilan var.\n\nBu e-postayı iş alarmı nedeniyle alıyorsunuz.\nAlarm ayarlarını değiştir | E-posta almak istemiyorum',
    'Otelimiz için sezonluk personel arıyoruz: garson, barmen, komi.\nDeneyimsiz adaylar da değerlendirilir.\nLütfen tanıdıklarınıza iletin 🙏',
    'Hi [FIRST_NAME],\n\nWe have a great opening for you.',
  ])('flags %s', (text) => {
    expect(readMessage(text).massPitch).toBe(true);
  });
  it.each([
    'Selam Burak,\n\nGeçen hafta konuştuğumuz gibi ekibimize bir analist alınacak. Tanıdıklarına sorar mısın, senin önerin önemli.\n\nSelin',
    'Config value is [NOT_SET] in the report you sent me, Burak, can you check it before our call?',
  ])('does not flag %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('a Dutch text’s STOP to a number', () => {
  it('flags "Sms STOP naar 3010"', () => {
    expect(readMessage('Flexwerk Brabant: Productiemedewerker gezocht. €14,75/u bruto. Stop? Sms STOP naar 3010').massPitch).toBe(true);
  });
});

describe('a Vietnamese text’s opt-out typed without accents', () => {
  it('flags "Tu choi QC soan TC gui 8088"', () => {
    expect(readMessage('Cty tuyen gap 200 CONG NHAN. Luong tot. Tu choi QC soan TC gui 8088').massPitch).toBe(true);
  });
});

describe('more broadcast signs: a word before "experience", shares asked in German, Urdu, Spanish and Serbian, opt-outs in Galician and Mexican Spanish, a group’s or a public post’s header, a Teams path on one line', () => {
  it.each([
    ['Hi Jordan, No insurance experience needed – we train you from day one.', '"no experience needed"'],
    ['Gern weiterleiten an Freunde & Familie – für jede erfolgreiche Empfehlung gibt’s 250 €', 'asks you to pass it on'],
    ['*Yeh message apne doston aur group mein forward karein* 🙏', 'asks you to pass it on'],
    ['*¡Reenvía este mensaje a quien le pueda interesar!*', 'asks you to pass it on'],
    ['Podelite, možda nekome treba! 🙏', 'asks you to pass it on'],
    ['Interesados chamar ao 986 30 44 71. Para non recibir máis SMS responde BAIXA', 'an unsubscribe or STOP footer'],
    ['📞 Informes: 844 219 6730\nResponde ALTO para no recibir más mensajes.', 'an unsubscribe or STOP footer'],
    [
      'Manchester Construction Jobs 👷\nDeclan, Kev M, Shaz, +44 7700 900561 and 212 others\n\nLads need 2x labourers start Mon 14th',
      'a post to a channel or a broadcast list',
    ],
    [
      '🚛 NOW HIRING CDL-A DRIVERS\n\n👍 84    💬 23 comments    ↗ 11 shares\nLike    Comment    Share',
      'a post to a channel or a broadcast list',
    ],
    ['Grupa: Posao Zlatibor\nJelena Radović · 2 h · 🌍\n\nHotel zapošljava kuvara.', 'a post to a channel or a broadcast list'],
    [
      'Microsoft Teams – Field Service & Facilities > General\n\nHR Connect (Bot)   10:04 AM\n\nINTERNAL JOB POSTING – Apply by Friday',
      'a post to a channel or a broadcast list',
    ],
  ])('reads a mass sign in %s', (text, sign) => {
    expect(
      readMessage(text)
        .signals.filter((s) => s.kind === 'mass')
        .map((s) => s.text),
    ).toContain(sign);
  });
  it.each([
    'Hi Sam, no Kotlin experience needed on day one: you pair with me on the payments service you blogged about.',
    'Hi Ana, I saw you and 3 others commented on my post about Rust lifetimes, and yours was the sharpest.',
  ])('reads no broadcast in %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('opt-outs and alert footers in Rioplatense and peninsular Spanish, Russian and Swahili', () => {
  it.each([
    'Has recibido este email porque tienes activa la alerta "administrativo contable".\nGestionar mis alertas · Darme de baja',
    'Estás recibiendo este mail porque creaste una alerta en bumeran.\nSi no querés recibir más alertas, desuscribite acá.',
    'Работа в Южной Корее. Звоните: 8 777 301 22 45. Отказ от рассылки: СТОП на 7021',
    'Mshahara TSh 850,000 kwa mwezi. Kujiondoa tuma STOP kwenda 15577',
  ])('flags %s', (text) => {
    expect(readMessage(text).signals.map((s) => s.text)).toContain('an unsubscribe or STOP footer');
  });
});

describe('mass signs in Arabic, Chinese, Swahili, Polish, Italian and Spanish', () => {
  it.each([
    ['مرحبا {{الاسم}} 👋\nعنا وظيفة مندوب مبيعات بالشركة.', 'an unfilled placeholder'],
    ['وظائف شاغرة في بيروت.\nشاركوا البوست مع رفقاتكن 🙏', 'asks you to pass it on'],
    ['مطلوب محاسب في جدة.\nابعتوها لصحابكم اللي بيدوروا على شغل', 'asks you to pass it on'],
    ['مطلوب موظفين استقبال.\nللإيقاف أرسل "توقف"', 'an unsubscribe or STOP footer'],
    ['وظيفة مندوب.\nللتوقف عن استلام الرسائل ابعت "إلغاء"', 'an unsubscribe or STOP footer'],
    ['暑期兼职老师招聘，时薪150元。\n退订回TD', 'an unsubscribe or STOP footer'],
    ['直播基地招场控！群里的宝子们帮忙扩散一下～', 'asks you to pass it on'],
    ['Kazi ya data entry. Forward kwa mabeshte wako', 'asks you to pass it on'],
    ['PRACA OD ZARAZ! Magazyn, picker/packer. Bez doswiadczenia!', 'urgency'],
    [
      'Ciao, ci sono 5 nuove offerte.\nHai ricevuto questa email perché hai attivato un avviso su LavoroPiù.',
      'an unsubscribe or STOP footer',
    ],
    ['Buscamos teleoperadores. Desde 1.100€/mes. Baja: envía NO al 217050', 'an unsubscribe or STOP footer'],
  ])('finds the sign in %s', (text, sign) => {
    expect(readMessage(text).signals.map((s) => s.text)).toContain(sign);
  });
  it('reads no opt-out in a personal "send me" and no placeholder in plain braces of prose', () => {
    expect(readMessage('Hi Omar, send me your CV when you can.').signals.map((s) => s.text)).not.toContain('an unsubscribe or STOP footer');
    expect(readMessage('Hi, the config {port} is set.').signals.map((s) => s.text)).not.toContain('an unfilled placeholder');
  });
});

describe('opt-outs, channel posts and urgency in more languages (sets 390 to 397)', () => {
  it.each([
    ['Sofort Start möglich, wir brauchen 15 Leute!!\n\nKeine Nachrichten mehr? Antworte mit STOP', 'an unsubscribe or STOP footer'],
    ['Skambinkit arba rašykit čia.\nJei nenorit gauti žinučių – parašykit STOP', 'an unsubscribe or STOP footer'],
    ['Helista 5800 1234 või kandideeri. Loobumiseks vasta STOP', 'an unsubscribe or STOP footer'],
    ['【宏進精密】桃園觀音廠急徵作業員30名，時薪200元起。回N取消', 'an unsubscribe or STOP footer'],
    ['We are now recruiting Part-time Online Assistant.\n\nReply N to not receive again', 'an unsubscribe or STOP footer'],
    ["MAYOTTE RECRUTE 📢 L'association recrute 40 aides à domicile. STOP SMS au 38222", 'an unsubscribe or STOP footer'],
    [
      'Vaga recomendada para você\n\nVocê recebeu esta recomendação porque seu currículo indica interesse em "agronomia". Gerencie suas preferências ou descadastre-se em empregos.example.com',
      'an unsubscribe or STOP footer',
    ],
    [
      '1) Dispečer/ka vnitrostátní dopravy\n\nTento e-mail Vám přišel, protože jste si na PraceHned.test nastavili hlídacího psa.\nUpravit nebo zrušit upozornění: https://www.pracehned.test/nastaveni',
      'an unsubscribe or STOP footer',
    ],
    ['Forwarded from 🌍 Global Jobs Channel 🌍\n\n📢 REMOTE TASK ASSISTANT', 'a post to a channel or a broadcast list'],
    ['📌 وظائف شاغرة في الدوحة 📌\n\n🔔 تابعونا — أكثر من 48 ألف مشترك', 'a post to a channel or a broadcast list'],
    ['🇬🇧 PRACA W ANGLII OD ZARAZ! 🇬🇧\nAgencja zatrudnia na budowy w Londynie.', 'urgency'],
  ])('finds the sign in %s', (text, sign) => {
    expect(readMessage(text).signals.map((s) => s.text)).toContain(sign);
  });
  it.each([
    ['Forwarded from Anna Petrova\n\nHi Sam, my team is hiring a backend engineer.', 'a post to a channel or a broadcast list'],
    [
      'Cordialmente,\nRicardo\n\nAVISO: Se você recebeu esta mensagem por engano, favor notificar o remetente e apagá-la.',
      'an unsubscribe or STOP footer',
    ],
  ])('finds no such sign in %s', (text, sign) => {
    expect(readMessage(text).signals.map((s) => s.text)).not.toContain(sign);
  });
});

describe('opt-outs and channel posts in Bengali, Roman Urdu, Turkish, Indonesian and Afrikaans (sets 418 to 423)', () => {
  it.each([
    ['জরুরী নিয়োগ! অপারেটর মাসিক বেতন ১২,৫০০ টাকা। বন্ধ করতে STOP লিখে ২৬৯৬৯ এ পাঠান', 'an unsubscribe or STOP footer'],
    ['Bursa fabrikamiza personel aliminda! Iptal icin RET yaz 4609a gonder.', 'an unsubscribe or STOP footer'],
    [
      'Kamu menerima email ini karena mengaktifkan Notifikasi Lowongan di KerjaNow.\nUbah frekuensi | Berhenti berlangganan',
      'an unsubscribe or STOP footer',
    ],
    ['Kassiere benodig. R32,50 p/u. STOP om af te meld', 'an unsubscribe or STOP footer'],
    ['Data entry ka kaam, ghar se.\nIs channel ko leave karne ke liye /stop likhein', 'a post to a channel or a broadcast list'],
    ['আবেদন করতে ইনবক্স করুন\n👉 চ্যানেলটি শেয়ার করুন, আপনার বন্ধুরাও সুযোগ পাক!', 'a post to a channel or a broadcast list'],
  ])('finds the sign in %s', (text, sign) => {
    expect(readMessage(text).signals.map((s) => s.text)).toContain(sign);
  });
});

describe('an opt-out in Irish and Scottish Gaelic (set 447)', () => {
  it('flags a text message asking for STOP to a short code', () => {
    const found = readMessage(
      'Coláiste Cnoc na Gaoithe: A chara, tá Ceannairí ag teastáil. Pá: €450 sa tseachtain. Seol STOP chuig 50123 chun díliostáil.',
    );
    expect(found.massPitch).toBe(true);
  });
});
