import { describe, expect, it } from 'vitest';
import type { Jurisdiction, LegalIdKind } from '../common/enums.js';
import {
  isValidInn,
  isValidOgrn,
  isValidOgrnip,
  isValidUscc,
  type LegalIdIssue,
  validateLegalId,
  withCheckDigits,
} from './legal-id.js';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Every identifier below was checked by hand; the arithmetic is in the comment next to it. */
const VALID: { name: string; jurisdiction: Jurisdiction; kind: LegalIdKind; value: string }[] = [
  // 7·2+7·4+0·10+7·3+0·5+8·9+3·4+8·6+9·8 = 267; 267 mod 11 = 3 → 3
  { name: 'INN-10 Sberbank', jurisdiction: 'RU', kind: 'inn', value: '7707083893' },
  // 7·2+7·4+3·10+6·3+2·5+0·9+7·4+5·6+4·8 = 190; 190 mod 11 = 3 → 3
  { name: 'INN-10 Yandex', jurisdiction: 'RU', kind: 'inn', value: '7736207543' },
  // constructed: 7·2+7·4+0·10+7·3+0·5+8·9+3·4+8·6+3·8 = 219; 219 mod 11 = 10 → 10 mod 10 = 0
  { name: 'INN-10 remainder 10', jurisdiction: 'RU', kind: 'inn', value: '7707083830' },
  // constructed: 5·7+0·2+0·4+1·10+0·3+0·5+7·9+3·4+2·6+2·8 = 148; mod 11 = 5 → 11th digit 5
  //              5·3+0·7+0·2+1·4+0·10+0·3+7·5+3·9+2·4+2·6+5·8 = 141; mod 11 = 9 → 12th digit 9
  { name: 'INN-12', jurisdiction: 'RU', kind: 'inn', value: '500100732259' },
  // 102770013219 mod 11, digit by digit: 1,10,3,4,3,8,3,9,5,8,4,5 → 5
  { name: 'OGRN Sberbank', jurisdiction: 'RU', kind: 'ogrn', value: '1027700132195' },
  // 102770022919 mod 11, digit by digit: 1,10,3,4,3,8,3,10,3,6,6,3 → 3
  { name: 'OGRN Yandex', jurisdiction: 'RU', kind: 'ogrn', value: '1027700229193' },
  // constructed: 102770013213 mod 11: 1,10,3,4,3,8,3,9,5,8,4,10 → 10 mod 10 = 0
  { name: 'OGRN remainder 10', jurisdiction: 'RU', kind: 'ogrn', value: '1027700132130' },
  // 30450011600015 mod 13, digit by digit: 3,4,5,3,4,1,11,7,11,6,8,2,8,7 → 7
  { name: 'OGRNIP', jurisdiction: 'RU', kind: 'ogrnip', value: '304500116000157' },
  // constructed: 30477000000123 mod 13: 3,4,5,5,5,11,6,8,2,7,5,12,5,1 → 1
  { name: 'OGRNIP constructed', jurisdiction: 'RU', kind: 'ogrnip', value: '304770000001231' },
  // constructed: 30450011600018 mod 13: …,2,8 then (80+8) mod 13 = 10 → 10 mod 10 = 0
  { name: 'OGRNIP remainder 10', jurisdiction: 'RU', kind: 'ogrnip', value: '304500116000180' },
  // 9·1+1·3+1·9+1·27+0·19+1·26+0·16+8·17+5·20+5·29+1·25+3·13+8·8+5·24+0·10+8·30+2·28 = 999;
  // 999 mod 31 = 7; 31−7 = 24 → 'Q'
  { name: 'USCC Beijing Xiaomi Technology', jurisdiction: 'CN', kind: 'uscc', value: '91110108551385082Q' },
  // 9·1+1·3+4·9+4·27+0·19+3·26+0·16+0·17+1·20+9·29+2·25+2·13+0·8+3·24+8·10+2·30+1·28 = 831;
  // 831 mod 31 = 25; 31−25 = 6 → '6'
  { name: 'USCC Huawei Technologies', jurisdiction: 'CN', kind: 'uscc', value: '914403001922038216' },
  // constructed: Xiaomi's body with 'R' (25) last: 943 + 25·28 = 1643 = 53·31; 31−0 = 31 → '0'
  { name: 'USCC check 31 → 0', jurisdiction: 'CN', kind: 'uscc', value: '9111010855138508R0' },
];

const IS_VALID: Record<string, (value: string) => boolean> = {
  inn: isValidInn,
  ogrn: isValidOgrn,
  ogrnip: isValidOgrnip,
  uscc: isValidUscc,
};

/** Replaces the character at `index` with the next one of its alphabet, so the value surely changes. */
function bump(value: string, index: number): string {
  const alphabet = /\d/.test(value[index] ?? '') ? '0123456789' : USCC_ALPHABET;
  const next = alphabet[(alphabet.indexOf(value[index] ?? '') + 1) % alphabet.length];
  return value.slice(0, index) + next + value.slice(index + 1);
}

function issueOf(jurisdiction: Jurisdiction, raw: string): LegalIdIssue | undefined {
  const result = validateLegalId(jurisdiction, raw);
  return result.ok ? undefined : result.issue;
}

describe('hand-checked identifiers', () => {
  it.each(VALID)('accepts $name ($value)', ({ jurisdiction, kind, value }) => {
    expect(validateLegalId(jurisdiction, value)).toEqual({ ok: true, kind, value });
    expect(IS_VALID[kind]?.(value)).toBe(true);
  });

  it.each(VALID)('rejects $name with its last character changed', ({ jurisdiction, kind, value }) => {
    const wrong = bump(value, value.length - 1);
    const issue = value.length === 12 ? { code: 'legal_id_twelve_check' } : { code: 'legal_id_check', kind };
    expect(issueOf(jurisdiction, wrong)).toEqual(issue);
    expect(IS_VALID[kind]?.(wrong)).toBe(false);
  });

  it('rejects an INN-12 whose first check digit (11th) is wrong, naming the OGRN a digit short too', () => {
    expect(issueOf('RU', '500100732269')).toEqual({ code: 'legal_id_twelve_check' });
    expect(issueOf('RU', '102770013219')).toEqual({ code: 'legal_id_twelve_check' });
    expect(isValidInn('500100732269')).toBe(false);
  });

  it('rejects a one-digit typo in the body of the Sberbank INN and OGRN', () => {
    expect(issueOf('RU', '7707083993')).toEqual({ code: 'legal_id_check', kind: 'inn' });
    expect(issueOf('RU', '1027700132185')).toEqual({ code: 'legal_id_check', kind: 'ogrn' });
  });

  it('detects every single-character substitution in a USCC', () => {
    const code = '91110108551385082Q';
    for (let i = 0; i < code.length; i++) {
      for (const char of USCC_ALPHABET) {
        if (char === code[i]) continue;
        const typo = code.slice(0, i) + char + code.slice(i + 1);
        expect(isValidUscc(typo), typo).toBe(false);
      }
    }
  });
});

describe('withCheckDigits', () => {
  it.each([
    ['inn', '770708389', '7707083893'],
    ['inn', '773620754', '7736207543'],
    ['inn', '770708383', '7707083830'],
    ['inn', '5001007322', '500100732259'],
    ['ogrn', '102770013219', '1027700132195'],
    ['ogrn', '102770022919', '1027700229193'],
    ['ogrn', '102770013213', '1027700132130'],
    ['ogrnip', '30450011600015', '304500116000157'],
    ['ogrnip', '30477000000123', '304770000001231'],
    ['ogrnip', '30450011600018', '304500116000180'],
    ['uscc', '91110108551385082', '91110108551385082Q'],
    ['uscc', '91440300192203821', '914403001922038216'],
    ['uscc', '9111010855138508R', '9111010855138508R0'],
  ] as const)('%s %s → %s', (kind, body, expected) => {
    expect(withCheckDigits(kind, body)).toBe(expected);
  });

  it('produces values the validators accept', () => {
    // A Park–Miller generator: deterministic, so failures are reproducible.
    let seed = 12345;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const body = (length: number, alphabet: string) =>
      Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
    const cases = [
      { kind: 'inn', length: 9, jurisdiction: 'RU' },
      { kind: 'inn', length: 10, jurisdiction: 'RU' },
      { kind: 'ogrn', length: 12, jurisdiction: 'RU' },
      { kind: 'ogrnip', length: 14, jurisdiction: 'RU' },
      { kind: 'uscc', length: 17, jurisdiction: 'CN' },
    ] as const;
    for (const { kind, length, jurisdiction } of cases) {
      for (let n = 0; n < 50; n++) {
        const value = withCheckDigits(kind, body(length, kind === 'uscc' ? USCC_ALPHABET : '0123456789'));
        expect(IS_VALID[kind]?.(value), value).toBe(true);
        expect(validateLegalId(jurisdiction, value), value).toEqual({ ok: true, kind, value });
      }
    }
  });

  it.each([
    ['inn', '77070838'],
    ['inn', '77070838911'],
    ['inn', '77070838A'],
    ['ogrn', '10277001321'],
    ['ogrnip', '3045001160001'],
    ['uscc', '9111010855138508'],
    ['uscc', '9111010855138508I'],
    ['uscc', '9111010855138508q'],
  ] as const)('throws on a malformed %s body %s', (kind, body) => {
    expect(() => withCheckDigits(kind, body)).toThrow(/malformed/);
  });
});

describe('validateLegalId — RU', () => {
  it.each(['', '   ', ' - - '])('requires a value (%j)', (raw) => {
    expect(issueOf('RU', raw)).toEqual({ code: 'legal_id_required' });
  });

  it('normalises spaces, hyphens and surrounding whitespace', () => {
    expect(validateLegalId('RU', ' 7707-083 893\t')).toEqual({ ok: true, kind: 'inn', value: '7707083893' });
    expect(validateLegalId('RU', '1-02-77-00-13219-5')).toEqual({ ok: true, kind: 'ogrn', value: '1027700132195' });
    expect(validateLegalId('RU', '304 500 116 000 157')).toEqual({
      ok: true,
      kind: 'ogrnip',
      value: '304500116000157',
    });
  });

  it.each([
    ['77070838', 8],
    ['77070838931', 11],
    ['10277001321951', 14],
    ['3045001160001570', 16],
    ['7', 1],
  ])('rejects the length of %s', (raw, actual) => {
    expect(issueOf('RU', raw)).toEqual({ code: 'legal_id_ru_length', actual });
  });

  it.each([
    ['77070838AB', 'inn'],
    ['7707o83893', 'inn'],
    ['50010073225X', 'inn'],
    ['10277001321AB', 'ogrn'],
    ['30450011600015Z', 'ogrnip'],
    ['ABC', 'inn'],
    ['91110108551385082Q', 'inn'],
  ] as const)('rejects letters in %s as %s', (raw, kind) => {
    expect(issueOf('RU', raw)).toEqual({ code: 'legal_id_digits', kind });
  });
});

describe('validateLegalId — CN', () => {
  it.each(['', '  ', '--'])('requires a value (%j)', (raw) => {
    expect(issueOf('CN', raw)).toEqual({ code: 'legal_id_required' });
  });

  it('normalises case, spaces and hyphens', () => {
    const expected = { ok: true, kind: 'uscc', value: '91110108551385082Q' };
    expect(validateLegalId('CN', '91110108551385082q')).toEqual(expected);
    expect(validateLegalId('CN', ' 9111 0108-5513 8508 2Q ')).toEqual(expected);
    expect(validateLegalId('CN', '9111010855138508r0')).toEqual({
      ok: true,
      kind: 'uscc',
      value: '9111010855138508R0',
    });
  });

  it.each([
    ['9111010855138508Q', 17],
    ['91110108551385082QQ', 19],
    ['7707083893', 10],
  ])('rejects the length of %s', (raw, actual) => {
    expect(issueOf('CN', raw)).toEqual({ code: 'legal_id_length', kind: 'uscc', expected: 18, actual });
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects %s, which is outside the alphabet', (char) => {
    expect(issueOf('CN', `9111010855138508${char}Q`)).toEqual({ code: 'legal_id_alphabet', kind: 'uscc', char });
    expect(isValidUscc(`9111010855138508${char}Q`)).toBe(false);
  });

  it('reports the first offending character, upper-cased', () => {
    expect(issueOf('CN', '9111o10855138508sQ')).toEqual({ code: 'legal_id_alphabet', kind: 'uscc', char: 'O' });
    expect(issueOf('CN', '91110108551385082_')).toEqual({ code: 'legal_id_alphabet', kind: 'uscc', char: '_' });
  });
});

describe('validateLegalId — placeholders', () => {
  it.each([
    ['RU', '0000000000', 'inn'],
    ['RU', '000000000000', 'inn'],
    ['RU', '0000000000000', 'ogrn'],
    ['RU', '000 000 000 000 000', 'ogrnip'],
    ['CN', '000000000000000000', 'uscc'],
  ] as const)('rejects %s %s, made of zeros, although its check digits add up', (jurisdiction, raw, kind) => {
    expect(issueOf(jurisdiction, raw)).toEqual({ code: 'legal_id_zeros', kind });
  });

  it('still accepts a real identifier with leading zeros in its body', () => {
    const inn = withCheckDigits('inn', '000000001');
    expect(validateLegalId('RU', inn)).toEqual({ ok: true, kind: 'inn', value: inn });
  });
});

describe('validateLegalId — OTHER', () => {
  it('keeps free text, trimmed and upper-cased', () => {
    expect(validateLegalId('OTHER', '  de 123-456 789 ')).toEqual({ ok: true, kind: 'other', value: 'DE 123-456 789' });
    expect(validateLegalId('OTHER', 'anything at all')).toEqual({ ok: true, kind: 'other', value: 'ANYTHING AT ALL' });
  });

  it('allows an empty value', () => {
    expect(validateLegalId('OTHER', '')).toEqual({ ok: true, kind: 'other', value: '' });
    expect(validateLegalId('OTHER', '   ')).toEqual({ ok: true, kind: 'other', value: '' });
  });
});

describe('isValid* expect normalised input', () => {
  it('rejects spaces, lower case and wrong lengths', () => {
    expect(isValidInn('7707 083893')).toBe(false);
    expect(isValidInn('77070838930')).toBe(false);
    expect(isValidInn('1027700132195')).toBe(false);
    expect(isValidOgrn('7707083893')).toBe(false);
    expect(isValidOgrn('304500116000157')).toBe(false);
    expect(isValidOgrnip('1027700132195')).toBe(false);
    expect(isValidUscc('91110108551385082q')).toBe(false);
    expect(isValidUscc('91110108551385082')).toBe(false);
    expect(isValidUscc('')).toBe(false);
  });
});
