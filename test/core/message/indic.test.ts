// The employer and the title in Hindi and Bengali.
import { describe, expect, it } from 'vitest';
import { hasIndicLetters, indicEmployer, indicTitle } from '../../../src/core/message/indic.js';
import { readMessage } from '../../../src/core/message/index.js';

describe('a firm named by its kind in Hindi or Bengali', () => {
  it.each([
    ['मैं राजेश त्रिपाठी, ज्ञानदीप पब्लिक स्कूल, लखनऊ के प्रिंसिपल ऑफ़िस की ओर से बात कर रहा हूँ।', 'ज्ञानदीप पब्लिक स्कूल'],
    ['আমি নুসরাত, মেঘনা নিট কম্পোজিট লিমিটেড (গাজীপুর)-এর এইচআর থেকে বলছি।', 'মেঘনা নিট কম্পোজিট লিমিটেড'],
    // (Not across a line: the writer's name above a signature's firm is no part of it.)
    ['धन्यवाद,\nराजेश त्रिपाठी\nसरस्वती विद्यालय', 'सरस्वती विद्यालय'],
  ])('%s', (text, name) => {
    expect(indicEmployer(text)).toBe(name);
  });

  it.each([['हमारे स्कूल में एक पद खाली है।'], ['আমাদের কোম্পানি বড়।'], ['No Indic letters here: Sunrise School.']])('none: %s', (text) => {
    expect(indicEmployer(text)).toBeNull();
  });
});

describe('a title before the word for a post', () => {
  it.each([
    ['हम आपको PGT गणित (Mathematics) के पद के लिए ऑफ़र देना चाहते हैं:', 'PGT गणित (Mathematics)'],
    ['आपको सहायक अध्यापक पद हेतु चुना गया है।', 'सहायक अध्यापक'],
    ['আপনাকে সিনিয়র মার্চেন্ডাইজার (নিট ডিভিশন) পদে অফার করছি:', 'সিনিয়র মার্চেন্ডাইজার (নিট ডিভিশন)'],
    ['আমরা জুনিয়র অফিসার পদের জন্য লোক খুঁজছি।', 'জুনিয়র অফিসার'],
  ])('%s', (text, title) => {
    expect(indicTitle(text)).toBe(title);
  });

  it('reads both through the message reader, and only where those scripts are', () => {
    const read = readMessage('नमस्ते,\n\nहम आपको PGT गणित के पद के लिए ऑफ़र देना चाहते हैं।\n\nधन्यवाद,\nज्ञानदीप पब्लिक स्कूल');
    expect(read.role).toBe('PGT गणित');
    expect(read.company).toBe('ज्ञानदीप पब्लिक स्कूल');
    expect(hasIndicLetters('Plain English text.')).toBe(false);
  });
});

describe('a Bengali title after a subject’s label', () => {
  it('reads "বিষয়: সিনিয়র মার্চেন্ডাইজার পদে …" without its label', () => {
    expect(indicTitle('বিষয়: সিনিয়র মার্চেন্ডাইজার পদে আলোচনার আমন্ত্রণ')).toBe('সিনিয়র মার্চেন্ডাইজার');
  });
});

describe('a Hindi job post: its labelled title, its "प्रा. लि." firm, its ask to share', () => {
  const post = [
    '*🔴 तुरंत भर्ती 🔴*',
    '*धनलक्ष्मी ऑटो पार्ट्स प्रा. लि.*',
    '📍 चाकण MIDC, पुणे',
    '',
    'पद: *मशीन ऑपरेटर (CNC/VMC)* – 60 पद',
    'उम्र: 18 से 35 वर्ष',
    '💰 वेतन: ₹16,500 से ₹19,000 प्रति माह (हाथ में)',
    'संपर्क: साई कृपा प्लेसमेंट सर्विसेज',
    '',
    'ये मैसेज अपने सभी ग्रुप में शेयर करें 🙏',
  ].join('\n');

  it('reads the title after the label "पद:", without its count', () => {
    expect(indicTitle(post)).toBe('मशीन ऑपरेटर (CNC/VMC)');
  });

  it('reads a private limited company, "प्रा. लि.", and not "this message to all your groups"', () => {
    expect(indicEmployer(post)).toBe('धनलक्ष्मी ऑटो पार्ट्स प्रा. लि.');
    expect(indicEmployer('ये मैसेज अपने सभी ग्रुप में शेयर करें 🙏')).toBeNull();
  });

  it('calls the post a mass pitch by its ask to share it in all your groups', () => {
    const read = readMessage(post);
    expect([read.massPitch, read.pay?.min, read.pay?.max]).toEqual([true, 16500, 19000]);
  });
});
