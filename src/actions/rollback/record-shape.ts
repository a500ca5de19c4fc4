import { z } from 'zod';

const ref = {
  apiVersion: z.string().min(1),
  kind: z.string().min(1),
  name: z.string().min(1),
  namespace: z.string().optional(),
  existedBefore: z.boolean(),
};
const images = z.record(z.string(), z.string());
const workload = z.object({
  ...ref,
  before: z
    .object({ revision: z.number(), images, template: z.record(z.string(), z.unknown()), generation: z.number() })
    .optional(),
  after: z.object({ images }).optional(),
});
const record = z.object({
  namespace: z.string(),
  context: z.string(),
  fieldManager: z.string(),
  workloads: z.array(workload),
  resources: z.array(z.object(ref)),
});

/**
 * Checks every field a rollback reads, so a hand-edited or truncated record is a clear error
 * naming the field (`workloads[0].kind: ...`) instead of a TypeError halfway through restoring.
 */
export function recordShapeProblem(value: unknown): string | undefined {
  const parsed = record.safeParse(value);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const where = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  return `is malformed at ${where || 'the top level'}: ${issue.message} (pass the deploy step's \`record\` output unchanged)`;
}
