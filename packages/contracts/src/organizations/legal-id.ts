import type { Jurisdiction, LegalIdKind } from '../common/enums.js';

export type LegalIdIssue =
  | { code: 'legal_id_required' }
  | { code: 'legal_id_ru_length'; actual: number }
  | { code: 'legal_id_length'; kind: LegalIdKind; expected: number; actual: number }
  | { code: 'legal_id_digits'; kind: LegalIdKind }
  | { code: 'legal_id_alphabet'; kind: 'uscc'; char: string }
  | { code: 'legal_id_check'; kind: LegalIdKind }
  | { code: 'legal_id_twelve_check' }
  | { code: 'legal_id_zeros'; kind: LegalIdKind };

export type LegalIdResult = { ok: true; kind: LegalIdKind; value: string } | { ok: false; issue: LegalIdIssue };

// INN weights: each longer list is the shorter one with one weight prepended.
const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11_WEIGHTS = [7, ...INN10_WEIGHTS];
const INN12_WEIGHTS = [3, ...INN11_WEIGHTS];

// GB 32100-2015: 31 symbols (no I, O, Z, S, V, which read like 1, 0, 2, 5, U); weights are 3^i mod 31.
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_BODY = new RegExp(`^[${USCC_ALPHABET}]{17}$`);
const USCC_CODE = new RegExp(`^[${USCC_ALPHABET}]{18}$`);

/** INN check digit: weighted sum mod 11, then mod 10 (a remainder of 10 becomes 0). */
function innDigit(digits: string, weights: readonly number[]): string {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return String((sum % 11) % 10);
}

/** Remainder of a decimal string, digit by digit, so it stays exact without BigInt whatever the length. */
function decimalMod(digits: string, modulus: number): number {
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % modulus;
  return rest;
}

function usccCheckChar(body: string): string {
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_ALPHABET.indexOf(body[i] ?? ''), 0);
  // 31 − (sum mod 31) is 1..31; 31 stands for '0', hence the final mod 31.
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? '';
}

/** Completes a body (9 digits for INN-10, 10 for INN-12, 12 for OGRN, 14 for OGRNIP, 17 chars for USCC) with its check digit(s). */
export function withCheckDigits(kind: 'inn' | 'ogrn' | 'ogrnip' | 'uscc', body: string): string {
  switch (kind) {
    case 'inn':
      if (/^\d{9}$/.test(body)) return body + innDigit(body, INN10_WEIGHTS);
      if (/^\d{10}$/.test(body)) {
        // INN-12 has two check digits; the second one also covers the first.
        const eleven = body + innDigit(body, INN11_WEIGHTS);
        return eleven + innDigit(eleven, INN12_WEIGHTS);
      }
      break;
    case 'ogrn':
      if (/^\d{12}$/.test(body)) return body + (decimalMod(body, 11) % 10);
      break;
    case 'ogrnip':
      if (/^\d{14}$/.test(body)) return body + (decimalMod(body, 13) % 10);
      break;
    case 'uscc':
      if (USCC_BODY.test(body)) return body + usccCheckChar(body);
      break;
  }
  throw new Error(`withCheckDigits: malformed ${kind} body "${body}"`);
}

/** The value has the expected shape and ends with the check characters its body implies. */
function hasCheck(kind: 'inn' | 'ogrn' | 'ogrnip' | 'uscc', value: string, shape: RegExp, checkLength = 1): boolean {
  return shape.test(value) && withCheckDigits(kind, value.slice(0, -checkLength)) === value;
}

// The isValid* functions expect normalised input (no spaces, upper case); validateLegalId normalises first.
export function isValidInn(value: string): boolean {
  return hasCheck('inn', value, /^\d{10}$/) || hasCheck('inn', value, /^\d{12}$/, 2);
}

export function isValidOgrn(value: string): boolean {
  return hasCheck('ogrn', value, /^\d{13}$/);
}

export function isValidOgrnip(value: string): boolean {
  return hasCheck('ogrnip', value, /^\d{15}$/);
}

export function isValidUscc(value: string): boolean {
  return hasCheck('uscc', value, USCC_CODE);
}

const fail = (issue: LegalIdIssue): LegalIdResult => ({ ok: false, issue });

const RU_KINDS: Record<number, { kind: 'inn' | 'ogrn' | 'ogrnip'; isValid: (value: string) => boolean }> = {
  10: { kind: 'inn', isValid: isValidInn },
  12: { kind: 'inn', isValid: isValidInn },
  13: { kind: 'ogrn', isValid: isValidOgrn },
  15: { kind: 'ogrnip', isValid: isValidOgrnip },
};

function validateRu(value: string): LegalIdResult {
  const known = RU_KINDS[value.length];
  // Letters are reported before the length: "digits only" is the more useful hint.
  if (!/^\d+$/.test(value)) return fail({ code: 'legal_id_digits', kind: known?.kind ?? 'inn' });
  if (!known) return fail({ code: 'legal_id_ru_length', actual: value.length });
  // Zeros pass every check-digit formula (a weighted sum of zeros is zero), but no registry issues them.
  if (/^0+$/.test(value)) return fail({ code: 'legal_id_zeros', kind: known.kind });
  if (known.isValid(value)) return { ok: true, kind: known.kind, value };
  // Twelve digits are a person's INN, or an OGRN with a digit missing: the message names both.
  return fail(value.length === 12 ? { code: 'legal_id_twelve_check' } : { code: 'legal_id_check', kind: known.kind });
}

function validateCn(value: string): LegalIdResult {
  if (value.length !== 18) return fail({ code: 'legal_id_length', kind: 'uscc', expected: 18, actual: value.length });
  // Iterate by code point so a stray emoji is reported whole.
  const bad = [...value].find((char) => !USCC_ALPHABET.includes(char));
  if (bad !== undefined) return fail({ code: 'legal_id_alphabet', kind: 'uscc', char: bad });
  if (/^0+$/.test(value)) return fail({ code: 'legal_id_zeros', kind: 'uscc' });
  return isValidUscc(value) ? { ok: true, kind: 'uscc', value } : fail({ code: 'legal_id_check', kind: 'uscc' });
}

/** Normalises (trim; remove spaces and hyphens; upper-case) then validates by jurisdiction. */
export function validateLegalId(jurisdiction: Jurisdiction, raw: string): LegalIdResult {
  // Free text elsewhere: people type whatever their registry prints, so only tidy it.
  if (jurisdiction === 'OTHER') return { ok: true, kind: 'other', value: raw.trim().toUpperCase() };
  // Registries print these codes grouped ("7707 083893", "1-02-77..."); the groups carry no meaning.
  const value = raw.replace(/[\s-]/g, '').toUpperCase();
  if (value === '') return fail({ code: 'legal_id_required' });
  return jurisdiction === 'RU' ? validateRu(value) : validateCn(value);
}
