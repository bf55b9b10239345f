import type { EntityManager } from '@mikro-orm/core';
import { DocumentEvent } from '../../core/history/document-event.entity.js';
import { shopDay } from '../../core/time.js';

/** Document numbers for past days (PO-20260312-004 …), counted per prefix and day. */
export class DayCodes {
  private readonly counts = new Map<string, number>();
  constructor(private readonly timeZone: string) {}
  next(prefix: string, at: Date): string {
    const stem = `${prefix}-${shopDay(at, this.timeZone).replaceAll('-', '')}`;
    const n = (this.counts.get(stem) ?? 0) + 1;
    this.counts.set(stem, n);
    return `${stem}-${String(n).padStart(3, '0')}`;
  }
}

/** State changes with their historical times, written once the documents have ids. */
export class HistoryBook {
  private readonly steps: { doc: () => { type: string; id: number }; from: string | null; to: string; at: Date; note?: string; actor: { id: number; label: string } }[] = [];
  add(doc: () => { type: string; id: number }, from: string | null, to: string, at: Date, actor: { id: number; label: string }, note?: string) {
    this.steps.push({ doc, from, to, at, note, actor });
  }
  /** One multi-row insert, outside the unit of work (which would diff every entity the seed holds). */
  async write(em: EntityManager) {
    const rows = this.steps.sort((a, b) => a.at.getTime() - b.at.getTime()).map((s) => {
      const d = s.doc();
      return { documentType: d.type, documentId: d.id, fromState: s.from ?? undefined, toState: s.to, actor: s.actor.id, actorLabel: s.actor.label, note: s.note, at: s.at };
    });
    if (rows.length) await em.insertMany(DocumentEvent, rows as never[]);
  }
}

export const DAY_MS = 86_400_000;
export const addMs = (d: Date, ms: number) => new Date(d.getTime() + ms);
