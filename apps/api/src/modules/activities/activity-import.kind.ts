import { Injectable } from '@nestjs/common';
import { ACTIVITY_STATUSES, type ActivityStatusName } from '@gemeinwerk/shared';
import { may, requireAccess } from '../../core/access/access';
import { DomainError, conflict } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import type { CommitResult, ImportField, ImportKind, ImportRow, RowProblem } from '../imports/import-kind';
import { ImportKinds } from '../imports/import-kind';
import { ActivityImportRepository, ImportActivity } from './activity-import.repository';
import { activityValues } from './activity-input';

const FIELDS: ImportField[] = [
  { key: 'title', type: 'text', required: true, label: { de: 'Titel', en: 'Title' }, synonyms: ['Aktivität', 'Maßnahme', 'Projekt', 'Name', 'Activity'] },
  {
    key: 'organisation',
    type: 'text',
    required: false,
    label: { de: 'Organisation', en: 'Organisation' },
    synonyms: ['Mitglied', 'Mitgliedsorganisation', 'Träger', 'Einrichtung', 'Organization', 'Member', 'Partner'],
  },
  { key: 'description', type: 'text', required: false, label: { de: 'Beschreibung', en: 'Description' }, synonyms: ['Kurzbeschreibung', 'Inhalt', 'Details'] },
  {
    key: 'targetGroups',
    type: 'text',
    required: false,
    label: { de: 'Zielgruppen', en: 'Target groups' },
    synonyms: ['Zielgruppe', 'Für wen', 'Target group', 'Audience'],
  },
  { key: 'district', type: 'text', required: false, label: { de: 'Stadtteil', en: 'District' }, synonyms: ['Bezirk', 'Quartier', 'Sozialraum', 'Area'] },
  {
    key: 'place',
    type: 'text',
    required: false,
    label: { de: 'Ort', en: 'Place' },
    synonyms: ['Adresse', 'Standort', 'Veranstaltungsort', 'Address', 'Location'],
  },
  { key: 'periodStart', type: 'date', required: false, label: { de: 'Beginn', en: 'Start' }, synonyms: ['Start', 'Von', 'Startdatum', 'Start date', 'From'] },
  { key: 'periodEnd', type: 'date', required: false, label: { de: 'Ende', en: 'End' }, synonyms: ['Bis', 'Enddatum', 'End date', 'To', 'Until'] },
  { key: 'status', type: 'text', required: false, label: { de: 'Status', en: 'Status' }, synonyms: ['Stand', 'State'] },
  { key: 'resources', type: 'text', required: false, label: { de: 'Ressourcen', en: 'Resources' }, synonyms: ['Mittel', 'Personal', 'Sachmittel'] },
  {
    key: 'budgetEur',
    type: 'number',
    required: false,
    label: { de: 'Budget (€)', en: 'Budget (€)' },
    synonyms: ['Budget', 'Kosten', 'Budget EUR', 'Euro', 'Cost'],
  },
  {
    key: 'staffHoursPerMonth',
    type: 'number',
    required: false,
    label: { de: 'Personalstunden pro Monat', en: 'Staff hours per month' },
    synonyms: ['Stunden pro Monat', 'Personalstunden', 'Stunden', 'Staff hours', 'Hours per month'],
  },
  { key: 'goals', type: 'text', required: false, label: { de: 'Ziele', en: 'Goals' }, synonyms: ['Ziel', 'Teilziele', 'Goal'] },
  { key: 'indicators', type: 'text', required: false, label: { de: 'Indikatoren', en: 'Indicators' }, synonyms: ['Indikator', 'Kennzahlen', 'Indicator'] },
];

/** The statuses as people write them in German or English lists. */
const STATUS_WORDS: Record<string, ActivityStatusName> = {
  geplant: 'PLANNED',
  planned: 'PLANNED',
  laeuft: 'RUNNING',
  läuft: 'RUNNING',
  laufend: 'RUNNING',
  aktiv: 'RUNNING',
  running: 'RUNNING',
  active: 'RUNNING',
  pausiert: 'PAUSED',
  ruht: 'PAUSED',
  paused: 'PAUSED',
  abgeschlossen: 'COMPLETED',
  beendet: 'COMPLETED',
  completed: 'COMPLETED',
  done: 'COMPLETED',
  abgesagt: 'CANCELLED',
  abgebrochen: 'CANCELLED',
  cancelled: 'CANCELLED',
  canceled: 'CANCELLED',
};

const CHUNK = 2_000;
const lower = (s: string) => s.trim().toLocaleLowerCase('de');
/** A list in one cell: "Jugendliche; Eltern" or "Jugendliche, Eltern" (semicolons win when both occur) or one per line. */
const listOf = (cell: unknown): string[] => {
  const text = typeof cell === 'string' ? cell : '';
  const separator = /[;\n]/.test(text) ? /[;\n]/ : /,/;
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
};

/**
 * Activities from a file: each row creates one activity, checked as the activity form checks a
 * new one (activities.service.ts `create`): the backbone for any active member, a partner for its
 * own organisation only; title required, target groups as `normaliseTargetGroups`, the end not
 * before the start, goals, indicators and the district named as the alliance has them. It never
 * changes an existing activity (an activity has no key a file could name).
 */
@Injectable()
export class ActivityImportKind implements ImportKind<ImportActivity[]> {
  readonly name = 'activities';
  readonly fields = FIELDS;

  constructor(
    private readonly repo: ActivityImportRepository,
    kinds: ImportKinds,
  ) {
    kinds.register(this);
  }

  async authorize(ctx: AllianceContext): Promise<void> {
    await requireAccess(ctx, 'activity.write');
  }

  async check(ctx: AllianceContext, rows: ImportRow[]): Promise<{ problems: RowProblem[]; prepared: ImportActivity[] }> {
    const by = { member: new Map(), goal: new Map(), indicator: new Map(), district: new Map() } as Record<
      'member' | 'goal' | 'indicator' | 'district',
      Map<string, { id: string; state: string | null }>
    >;
    for (const l of await this.repo.lookups(ctx.em, ctx.allianceId)) {
      const map = by[l.kind];
      map.set(l.id, l);
      map.set(lower(l.name), l);
      if (l.extra) map.set(lower(l.extra), l);
    }
    const find = (kind: keyof typeof by, text: string) => by[kind].get(text) ?? by[kind].get(lower(text));

    const problems: RowProblem[] = [];
    const prepared: ImportActivity[] = [];
    for (const row of rows) {
      const v = row.values;
      const found: RowProblem[] = [];
      const problem = (p: Omit<RowProblem, 'rowNo'>) => found.push({ rowNo: row.rowNo, ...p });
      const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

      const orgText = str('organisation');
      const member = orgText ? find('member', orgText) : by.member.get(ctx.membershipId);
      if (!member) problem({ field: 'organisation', code: 'unknownOrganisation', params: { text: orgText.slice(0, 60) } });
      else if (!may(ctx, 'activity.write', { owner: member.id })) problem({ code: 'FORBIDDEN', params: { required: 'ACTIVITY_OWNER' } });
      else if (member.state !== 'ACTIVE') problem({ field: 'organisation', code: 'memberNotActive' });

      let status: ActivityStatusName = 'PLANNED';
      const statusText = str('status').trim();
      if (statusText) {
        const s = STATUS_WORDS[lower(statusText)] ?? (ACTIVITY_STATUSES as readonly string[]).find((x) => x === statusText.toUpperCase());
        if (s) status = s as ActivityStatusName;
        else problem({ field: 'status', code: 'unknownStatus', params: { text: statusText.slice(0, 40) } });
      }
      const links = (kind: 'goal' | 'indicator', field: string, code: string) => {
        const ids: string[] = [];
        for (const name of listOf(v[field])) {
          const l = find(kind, name);
          if (l) ids.push(l.id);
          else problem({ field, code, params: { text: name.slice(0, 60) } });
        }
        return [...new Set(ids)];
      };
      const goalIds = links('goal', 'goals', 'unknownGoal');
      const indicatorIds = links('indicator', 'indicators', 'unknownIndicator');
      const districtText = str('district').trim();
      const district = districtText ? find('district', districtText) : undefined;
      if (districtText && !district) problem({ field: 'district', code: 'unknownDistrict', params: { text: districtText.slice(0, 60) } });

      for (const k of ['budgetEur', 'staffHoursPerMonth'] as const) {
        const n = v[k] as number | null;
        if (n !== null && n !== undefined && n < 0) problem({ field: k, code: 'mustNotBeNegative' });
      }
      const title = str('title');
      if (title.length > 200) problem({ field: 'title', code: 'tooLong' });
      const { values, problems: formProblems } = activityValues({
        title,
        description: str('description').slice(0, 10_000),
        resources: str('resources').slice(0, 10_000),
        targetGroups: listOf(v.targetGroups),
        place: str('place').slice(0, 500),
        periodStart: (v.periodStart as string | null) ?? null,
        periodEnd: (v.periodEnd as string | null) ?? null,
        budgetEur: (v.budgetEur as number | null) ?? null,
        staffHoursPerMonth: (v.staffHoursPerMonth as number | null) ?? null,
      });
      for (const p of formProblems) problem({ field: p.field, code: p.code });

      if (found.length || !member) {
        problems.push(...found);
        continue;
      }
      prepared.push({
        membershipId: member.id,
        title: values.title!,
        description: values.description ?? '',
        targetGroups: values.targetGroups ?? [],
        districtId: district?.id ?? null,
        place: values.place ?? null,
        periodStart: values.periodStart ?? null,
        periodEnd: values.periodEnd ?? null,
        status,
        resources: values.resources ?? '',
        budgetEur: values.budgetEur ?? null,
        staffHoursPerMonth: values.staffHoursPerMonth ?? null,
        goalIds,
        indicatorIds,
      });
    }
    return { problems, prepared };
  }

  async commit(ctx: AllianceContext, batchId: string, prepared: ImportActivity[], progress: (done: number) => Promise<void>): Promise<CommitResult> {
    for (let i = 0; i < prepared.length; i += CHUNK) {
      const chunk = prepared.slice(i, i + CHUNK);
      if ((await this.repo.insert(ctx.em, ctx.allianceId, batchId, ctx.userId, chunk)) !== chunk.length) throw conflict('Activity');
      await progress(i + chunk.length);
    }
    return { created: prepared.length, updated: 0 };
  }

  async undo(ctx: AllianceContext, batchId: string): Promise<{ removed: number; restored: number }> {
    const builtOn = await this.repo.builtOn(ctx.em, ctx.allianceId, batchId);
    if (builtOn > 0) throw new DomainError('IMPORT_NOT_UNDOABLE', { count: builtOn });
    return (await this.repo.undo(ctx.em, ctx.allianceId, batchId, ctx.userId))!;
  }
}
