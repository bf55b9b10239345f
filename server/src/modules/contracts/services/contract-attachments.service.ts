import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { UserError } from '../../../core/errors.js';
import { decodeBase64, sniffImageType } from '../../catalog/services/image-bytes.js';
import { uploadsDir } from '../../catalog/services/images.service.js';
import { ContractAttachment } from '../entities/contract-attachment.entity.js';
import { Contract } from '../entities/contract.entity.js';
import { getContract } from './contracts.service.js';

const MAX_BYTES = 10 * 1024 * 1024;
const MAX_PER_CONTRACT = 20;
const EXT: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** PDF or a picture, recognised by the first bytes rather than the name. */
function sniff(bytes: Buffer): string | null {
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return sniffImageType(bytes);
}

function cleanFileName(name: string): string {
  return path.basename((name ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200) || 'attachment';
}

/** Stores a scan or PDF of a contract (at most 10 MB) under DATA_DIR/uploads/contracts/<id>/. */
export async function addContractAttachment(ctx: Ctx, input: { contractId: string; fileName: string; contentType: string; base64: string }) {
  const declared = (input.contentType ?? '').trim().toLowerCase();
  if (!(declared in EXT)) throw UserError.of('INVALID', 'Only PDF, JPEG, PNG and WebP files are accepted', 'contentType');
  if (input.base64.length > Math.ceil(MAX_BYTES / 3) * 4 + 100) throw UserError.of('TOO_LARGE', 'A file can be at most 10 MB', 'base64');
  const bytes = decodeBase64(input.base64);
  if (!bytes) throw UserError.of('INVALID', 'The file is not valid base64', 'base64');
  if (bytes.length > MAX_BYTES) throw UserError.of('TOO_LARGE', 'A file can be at most 10 MB', 'base64');
  const actual = sniff(bytes);
  if (!actual) throw UserError.of('INVALID', 'The file is not a PDF or a JPEG, PNG or WebP picture', 'base64');
  if (actual !== declared) throw UserError.of('INVALID', `The file is ${actual}, not ${declared}`, 'contentType');
  const contract = await ctx.em.findOne(Contract, Number(input.contractId));
  if (!contract) throw UserError.of('NOT_FOUND', 'No such contract', 'contractId');
  if ((await ctx.em.count(ContractAttachment, { contract: contract.id })) >= MAX_PER_CONTRACT) throw UserError.of('LIMIT', `A contract has at most ${MAX_PER_CONTRACT} files`, 'contractId');

  const storagePath = `contracts/${contract.id}/${randomUUID()}.${EXT[actual]}`;
  const file = path.join(uploadsDir(ctx.config), storagePath);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes, { flag: 'wx' });
  try {
    return await ctx.em.transactional(async (tx) => {
      const attachment = tx.create(ContractAttachment, { contract, fileName: cleanFileName(input.fileName), contentType: actual, sizeBytes: bytes.length, storagePath });
      await tx.flush();
      audit(ctx, tx, { operation: 'addContractAttachment', entityType: 'Contract', entityId: contract.id, summary: `${contract.code}: attached ${attachment.fileName} (${actual}, ${bytes.length} bytes)` });
      return { attachment, contract };
    });
  } catch (error) {
    await fs.rm(file, { force: true }); // no orphan file when the row was not written
    throw error;
  }
}

/** Removes an attachment; the file goes after the row. */
export async function removeContractAttachment(ctx: Ctx, input: { id: string }) {
  const result = await ctx.em.transactional(async (tx) => {
    const attachment = await tx.findOne(ContractAttachment, Number(input.id), { populate: ['contract'] });
    if (!attachment) throw UserError.of('NOT_FOUND', 'No such attachment', 'id');
    const contract = attachment.contract.getEntity();
    tx.remove(attachment);
    audit(ctx, tx, { operation: 'removeContractAttachment', entityType: 'Contract', entityId: contract.id, summary: `${contract.code}: removed ${attachment.fileName}` });
    return { attachment, contract };
  });
  await fs.rm(path.join(uploadsDir(ctx.config), result.attachment.storagePath), { force: true });
  return result;
}

/** The file's bytes as base64, for download; null when absent or another supplier's. */
export async function attachmentContent(ctx: Ctx, id: string) {
  const attachment = await ctx.em.findOne(ContractAttachment, Number(id));
  if (!attachment) return null;
  if (!(await getContract(ctx, String(attachment.contract.id)))) return null;
  const bytes = await fs.readFile(path.join(uploadsDir(ctx.config), attachment.storagePath)).catch(() => null);
  if (!bytes) return null;
  return { attachment, fileName: attachment.fileName, contentType: attachment.contentType, sizeBytes: attachment.sizeBytes, base64: bytes.toString('base64') };
}
