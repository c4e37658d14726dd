/**
 * The JSON fields of a CFT review (content-type `cft-review`: `eightD`, `fiveWhys`, `fishbone`, all
 * free JSON on the server) and how the editor reads and writes them.
 *
 * - `eightD`: `{D0: text, …, D8: text}`, sections may be missing.
 * - `fiveWhys`: `[{why, answer}]` in order, as the editor and the demo seed write it. A plain chain
 *   of strings (`['Data was down', 'Backhaul fibre was cut', …]`: the problem, then each answer to
 *   "why?" of the one before) is read as pairs `{why: chain[i-1], answer: chain[i]}`.
 * - `fishbone`: `{man: string[], machine: […], method, material, measurement, environment}`.
 */
import { SIX_M } from '@contract';

export const EIGHT_D = ['D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'] as const;
export type EightDKey = (typeof EIGHT_D)[number];
export type SixM = (typeof SIX_M)[number];

export interface WhyPair {
  why: string;
  answer: string;
}
export type Fishbone = Record<SixM, string[]>;

const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

export function readFiveWhys(value: unknown): WhyPair[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  if (value.every((v) => typeof v === 'string')) {
    const chain = value as string[];
    if (chain.length === 1) return [{ why: chain[0], answer: '' }];
    return chain.slice(1).map((answer, i) => ({ why: chain[i], answer }));
  }
  return value.map((v) =>
    v && typeof v === 'object' ? { why: text((v as Record<string, unknown>).why), answer: text((v as Record<string, unknown>).answer) } : { why: '', answer: text(v) },
  );
}

export function readFishbone(value: unknown): Fishbone {
  const source = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    SIX_M.map((m) => [m, Array.isArray(source[m]) ? (source[m] as unknown[]).map(text).filter((c) => c.trim() !== '') : []]),
  ) as Fishbone;
}

export function readEightD(value: unknown): Partial<Record<EightDKey, string>> {
  const source = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(EIGHT_D.filter((k) => source[k] !== undefined && source[k] !== null).map((k) => [k, text(source[k])]));
}

/** The form's values: list inputs need objects, so fishbone causes become `{cause}` rows. */
export function toFormValues<T extends Record<string, unknown>>(record: T | undefined) {
  if (!record) return record;
  const fishbone = readFishbone(record.fishbone);
  return {
    ...record,
    eightD: readEightD(record.eightD),
    fiveWhys: readFiveWhys(record.fiveWhys),
    fishbone: Object.fromEntries(SIX_M.map((m) => [m, fishbone[m].map((cause) => ({ cause }))])),
  };
}

/** Back to the stored shapes; empty rows and empty 8D sections are dropped. */
export function fromFormValues(data: Record<string, unknown>) {
  const whys = Array.isArray(data.fiveWhys) ? (data.fiveWhys as Array<Partial<WhyPair> | null>) : [];
  const bones = (data.fishbone ?? {}) as Record<string, Array<{ cause?: string } | null> | undefined>;
  const eightD = (data.eightD ?? {}) as Record<string, unknown>;
  return {
    ...data,
    eightD: Object.fromEntries(EIGHT_D.map((k) => [k, text(eightD[k]).trim()]).filter(([, v]) => v !== '')),
    fiveWhys: whys
      .map((p) => ({ why: text(p?.why).trim(), answer: text(p?.answer).trim() }))
      .filter((p) => p.why !== '' || p.answer !== ''),
    fishbone: Object.fromEntries(SIX_M.map((m) => [m, (bones[m] ?? []).map((row) => text(row?.cause).trim()).filter((c) => c !== '')])),
  };
}

/**
 * A 400's field paths (Strapi's `error.details.errors`) as the form's field names, for
 * `setError`: fishbone causes are `{cause}` rows in the form, so `fishbone.machine.0` is
 * `fishbone.machine.0.cause`. Null when the body names no field.
 */
export function reviewFormErrors(body: unknown): Record<string, string> | null {
  const errors = (body as { error?: { details?: { errors?: unknown } } } | null)?.error?.details?.errors;
  if (!Array.isArray(errors)) return null;
  const out: Record<string, string> = {};
  for (const e of errors as Array<{ path?: unknown; message?: unknown }>) {
    const path = Array.isArray(e.path) ? e.path.map(String) : [];
    if (path.length === 0) continue;
    if (path[0] === 'fishbone' && path.length === 3) path.push('cause');
    out[path.join('.')] = String(e.message ?? '');
  }
  return Object.keys(out).length ? out : null;
}
