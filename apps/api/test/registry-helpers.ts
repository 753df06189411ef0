import { withCheckDigits } from '@innobridge/contracts';
import type { Session, TestApp } from './test-app.js';

/** A small but real PDF: file-type recognises it by content. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');
/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A multipart/form-data body with a `kind` field and a `file`, as a browser sends it. */
export function multipart(kind: string | null, file: { name: string; content: Buffer; type?: string } | null) {
  return multipartForm(kind === null ? {} : { kind }, file);
}

/** A multipart/form-data body: text fields first, then the `file`. */
export function multipartForm(
  fields: Record<string, string>,
  file: { name: string; content: Buffer; type?: string } | null,
) {
  const boundary = `----innobridge${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function upload(
  t: TestApp,
  as: Session,
  applicationId: string,
  kind: string,
  file: { name: string; content: Buffer },
) {
  const body = multipart(kind, file);
  return t.call('POST', `/api/v1/applications/${applicationId}/documents`, {
    as,
    payload: body.payload,
    headers: body.headers,
  });
}

let inn = 770000001;
/**
 * An account (`t.signUp`) that created an organisation through the API, becoming its admin. New tests
 * make their data with `factories(t)` (test/factories.ts), through the modules' entry points.
 */
export async function organisationWithAdmin(
  t: TestApp,
  email: string,
  org: {
    jurisdiction?: 'RU' | 'CN' | 'OTHER';
    city?: string;
    name?: Record<string, string>;
    type?: string;
    description?: Record<string, string>;
  } = {},
) {
  const admin = await t.signUp(email);
  const jurisdiction = org.jurisdiction ?? 'RU';
  inn += 1;
  const legalId =
    jurisdiction === 'RU'
      ? withCheckDigits('inn', String(inn))
      : jurisdiction === 'CN'
        ? withCheckDigits('uscc', `91110108MA0${String(inn).slice(-6)}`)
        : `REG ${inn}`;
  const res = await t.call('POST', '/api/v1/organizations', {
    as: admin,
    body: {
      type: org.type ?? 'company',
      jurisdiction,
      city: org.city ?? (jurisdiction === 'CN' ? 'Beijing' : 'Moscow'),
      legalId,
      name: org.name ?? { ru: `Организация ${inn}` },
      description: org.description,
    },
  });
  if (res.statusCode !== 201) throw new Error(`organisation not created: ${res.body}`);
  return { admin, organizationId: res.json().id as string };
}

/** Creates a draft, uploads every required document, and submits it. */
export async function submittedApplication(t: TestApp, admin: Session, organizationId: string, body: object = {}) {
  const draft = await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, { as: admin, body });
  if (draft.statusCode !== 201) throw new Error(`draft not created: ${draft.body}`);
  const application = draft.json();
  for (const kind of application.requiredDocuments as string[]) {
    const res = await upload(t, admin, application.id, kind, { name: `${kind}.pdf`, content: PDF });
    if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
  }
  const submitted = await t.call('POST', `/api/v1/applications/${application.id}/submit`, { as: admin });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
  return submitted.json() as { id: string; deadlineAt: string; state: string; version: number };
}

/** An organisation taken through the whole workflow to the status the rules give it. */
export async function approvedOrganisation(
  t: TestApp,
  operator: Session,
  email: string,
  org: Parameters<typeof organisationWithAdmin>[2] = {},
) {
  const created = await organisationWithAdmin(t, email, org);
  const application = await submittedApplication(
    t,
    created.admin,
    created.organizationId,
    org.jurisdiction === 'OTHER' ? { reviewerJurisdiction: 'RU' } : {},
  );
  await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: operator });
  const current = (await t.call('GET', `/api/v1/applications/${application.id}`, { as: operator })).json();
  const settings = (
    await t.call('GET', `/api/v1/registry/settings/${current.reviewerJurisdiction}`, { as: operator })
  ).json();
  const res = await t.call('POST', `/api/v1/applications/${application.id}/approve`, {
    as: operator,
    body: { checklist: settings.approvalCriteria[current.requestedStatus], reason: 'ok' },
  });
  if (res.statusCode !== 200) throw new Error(`approval failed: ${res.body}`);
  return created;
}
