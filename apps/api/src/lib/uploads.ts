import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from './app-error.js';
import { assertStorableText } from './text-input.js';

/**
 * The platform's rules for uploaded files (registry documents, conversation attachments): PDF, PNG
 * or JPEG, told by the content and not by the name, at most 10 MB, with a SHA-256 kept.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const ACCEPTED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const tooLarge = () => new AppError('file_too_large', { params: { max: MAX_UPLOAD_BYTES / 1024 / 1024 } });

export type InspectedFile = { fileName: string; contentType: string; size: number; sha256: string };

/** Checks a file's real type and size; refuses anything else before a byte is stored. */
export async function inspectUpload(fileName: string, content: Buffer, fallbackName: string): Promise<InspectedFile> {
  if (content.length === 0) throw new AppError('file_required', { fields: [{ path: 'file', code: 'required' }] });
  if (content.length > MAX_UPLOAD_BYTES) throw tooLarge();
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !ACCEPTED_TYPES.has(detected.mime)) {
    // The field carries the refusal's own words, so that the answer's detail says why and not just "invalid".
    throw new AppError('file_type_refused', { fields: [{ path: 'file', code: 'file_type_refused' }] });
  }
  return {
    fileName: fileName.replace(/[\\/\0]/g, '_').slice(0, 200) || `${fallbackName}.${detected.ext}`,
    contentType: detected.mime,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

/** Reads a multipart body: its text fields, then one `file`, within the size limit. */
export async function readMultipart(request: FastifyRequest) {
  if (!request.isMultipart()) throw new AppError('file_required', { fields: [{ path: 'file', code: 'required' }] });
  const fields: Record<string, string> = {};
  let file: { fileName: string; content: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } })) {
      if (part.type === 'field') fields[part.fieldname] = String(part.value);
      else file = { fileName: part.filename, content: await part.toBuffer() };
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    // Everything else here is the parser refusing the body: no boundary, a truncated or malformed
    // form, more parts than allowed. The client's fault, never a 500.
    throw new AppError('bad_request');
  }
  // Form fields are text like any other, checked by the same rule as the rest of the API (ADR 0015).
  assertStorableText({ form: fields });
  if (!file) throw new AppError('file_required', { fields: [{ path: 'file', code: 'required' }] });
  return { fields, file };
}

/** Sends a stored file for preview; the headers keep a browser from running anything in it. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string },
  content: Buffer,
): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(content as never);
}
