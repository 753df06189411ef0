import type { Jurisdiction, LocalizedText } from '@innobridge/contracts';

/**
 * An organisation as other modules read it through this module's index: a plain type, so that no other
 * module depends on the table's layout (ADR 0020).
 */
export type OrganizationRecord = {
  id: string;
  type: string;
  jurisdiction: Jurisdiction;
  /** A code of the reference list of cities and regions, or 'other'. */
  place: string;
  /** The city's own text when the place is 'other'. */
  city: string;
  areas: string[];
  legalIdKind: 'inn' | 'ogrn' | 'ogrnip' | 'uscc' | 'other';
  legalId: string;
  /** Its meaning and every change of it belong to the registry module (ADR 0020). */
  status: string;
  statusSince: Date | null;
  name: LocalizedText;
  shortDescription: LocalizedText;
  description: LocalizedText;
  products: LocalizedText;
  website: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** A neutral filter over organisations: the caller says which statuses it wants (ADR 0020). */
export type OrganizationFilter = {
  /** Already prepared per configuration: the raw query and its Chinese segmentation. */
  query?: { text: string; segmented: string };
  jurisdiction?: string;
  type?: string;
  /** The statuses the caller shows at all; the counts by status range over them. */
  statuses: readonly string[];
  /** One of them, when the caller narrows to it. */
  status?: string;
  /** Codes of places (a place and its districts), and, for "other", its own text. */
  place?: { codes: string[]; otherText?: string };
  /** A technology area's code: organisations with it or one of its sub-areas. */
  area?: string;
};
