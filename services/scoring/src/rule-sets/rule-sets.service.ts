import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@points/auth';
import { isIsoDate, ruleSetSchema, type RuleSet as RuleSetParameters } from '@points/scoring-engine';
import { parametersSha256 } from './canonical-json.util';
import type { AddRuleSetInput } from './dto/add-rule-set.input';
import type { SetAverageMonthlyWageInput } from './dto/set-average-monthly-wage.input';
import { RuleSetChange, RuleSetChangeKind, type RuleSetChangePage } from './rule-set-change.entity';
import { RuleSet } from './rule-set.entity';
import { RuleSetException, RuleSetExceptionCode } from './rule-set.exception';

/** How long a replica may answer simulations with rule sets it read earlier (decisions never use this). */
const SIMULATION_CACHE_MS = 5_000;
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const MAX_CHANGES_PAGE = 100;

export interface ChangeAuthor {
  sub: string;
  role: string;
}

@Injectable()
export class RuleSetsService {
  private cache: { loadedAt: number; newestFirst: Promise<RuleSet[]> } | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<RuleSet[]> {
    return this.dataSource.getRepository(RuleSet).find({ order: { effectiveFrom: 'DESC' } });
  }

  async get(version: string, field = 'version'): Promise<RuleSet> {
    const found = await this.dataSource.getRepository(RuleSet).findOneBy({ version });
    if (!found) {
      throw new RuleSetException(
        RuleSetExceptionCode.RULE_SET_NOT_FOUND,
        `There is no rule set ${version}.`,
        {
          field,
          rule: 'exists',
        },
      );
    }
    return found;
  }

  /**
   * The version in force on an assessment date, read in the caller's transaction: what a decision
   * uses. FOR SHARE: a concurrent wage edit of that version waits until the decision has committed,
   * so the revision a decision records is the one it was computed with.
   */
  inForce(manager: EntityManager, assessmentDate: string): Promise<RuleSet | null> {
    return manager
      .getRepository(RuleSet)
      .createQueryBuilder('rule_set')
      .where('rule_set.effective_from <= :assessmentDate', { assessmentDate })
      .orderBy('rule_set.effective_from', 'DESC')
      .limit(1)
      .setLock('pessimistic_read')
      .getOne();
  }

  /**
   * The version in force for a public simulation, from a short-lived in-process copy (a simulation
   * decides nothing; the copy spares PostgreSQL one query per anonymous request). A change made on
   * this replica is seen at once; on other replicas within SIMULATION_CACHE_MS.
   */
  async inForceForSimulation(assessmentDate: string): Promise<RuleSet | undefined> {
    const now = Date.now();
    if (!this.cache || now - this.cache.loadedAt > SIMULATION_CACHE_MS) {
      const newestFirst = this.list();
      this.cache = { loadedAt: now, newestFirst };
      newestFirst.catch(() => {
        if (this.cache?.newestFirst === newestFirst) this.cache = undefined;
      });
    }
    const newestFirst = await this.cache.newestFirst;
    return newestFirst.find((ruleSet) => ruleSet.effectiveFrom <= assessmentDate);
  }

  private forgetCache(): void {
    this.cache = undefined;
  }

  /** A new version, effective after every existing one. Serialised: two admins cannot race past the check. */
  async addVersion(author: ChangeAuthor, input: AddRuleSetInput): Promise<RuleSet> {
    const version = input.version.trim();
    if (!VERSION_PATTERN.test(version)) {
      throw invalid(
        'input.version',
        'format',
        'input.version must be 1–40 letters, digits, ".", "_" or "-", starting with a letter or digit.',
      );
    }
    if (!isIsoDate(input.effectiveFrom)) {
      throw invalid(
        'input.effectiveFrom',
        'real-date',
        `input.effectiveFrom must be a real date written YYYY-MM-DD; got ${JSON.stringify(input.effectiveFrom)}.`,
      );
    }
    const description = input.description.trim();
    if (description.length === 0)
      throw invalid('input.description', 'required', 'input.description is required.');

    const created = await this.dataSource.transaction(async (manager) => {
      // Readers (decisions, simulations) go on; another addVersion waits for this one.
      await manager.query('LOCK TABLE scoring.rule_set IN SHARE ROW EXCLUSIVE MODE');
      const repository = manager.getRepository(RuleSet);
      if (await repository.existsBy({ version })) {
        throw new RuleSetException(
          RuleSetExceptionCode.VERSION_EXISTS,
          `Rule set ${version} already exists.`,
          {
            field: 'input.version',
            rule: 'unique',
          },
        );
      }
      const [latest] = await repository.find({ order: { effectiveFrom: 'DESC' }, take: 1 });
      if (latest && input.effectiveFrom <= latest.effectiveFrom) {
        throw new RuleSetException(
          RuleSetExceptionCode.NOT_AFTER_LATEST_VERSION,
          `input.effectiveFrom (${input.effectiveFrom}) must be after ${latest.effectiveFrom}, the effective date of ` +
            `${latest.version}: a new version can only take over from the latest one, never rewrite the past.`,
          { field: 'input.effectiveFrom', rule: 'after-latest-version' },
        );
      }

      let source: Record<string, unknown>;
      let sourceField: string;
      let basedOn: string | null = null;
      if (input.parameters) {
        source = input.parameters;
        sourceField = 'input.parameters';
      } else if (input.basedOn) {
        const base = await repository.findOneBy({ version: input.basedOn });
        if (!base) {
          throw new RuleSetException(
            RuleSetExceptionCode.RULE_SET_NOT_FOUND,
            `input.basedOn: there is no rule set ${input.basedOn}.`,
            { field: 'input.basedOn', rule: 'exists' },
          );
        }
        source = { ...base.parameters };
        sourceField = 'input.basedOn';
        basedOn = base.version;
      } else if (latest) {
        source = { ...latest.parameters };
        sourceField = 'input.basedOn';
        basedOn = latest.version;
      } else {
        throw invalid(
          'input.parameters',
          'required',
          'There is no version to copy: input.parameters is required.',
        );
      }
      const parameters = parseParameters(
        { ...source, version, effectiveFrom: input.effectiveFrom },
        sourceField,
      );
      const sha256 = parametersSha256(parameters);

      await manager.query(
        `INSERT INTO scoring.rule_set (version, effective_from, description, parameters, revision, parameters_sha256)
         VALUES ($1, $2, $3, $4, 1, $5)`,
        [version, input.effectiveFrom, description, JSON.stringify(parameters), sha256],
      );
      await insertRevision(manager, version, 1, parameters, sha256, author);
      await insertChange(manager, {
        version,
        revision: 1,
        kind: RuleSetChangeKind.CREATED,
        author,
        summary:
          `新增积分指标体系版本 ${version}，自 ${input.effectiveFrom} 起施行` +
          (basedOn ? `，数值复制自 ${basedOn}` : '') +
          ` (added rule set ${version}, effective from ${input.effectiveFrom}` +
          (basedOn ? `, numbers copied from ${basedOn})` : ')'),
        before: null,
        after: {
          effectiveFrom: input.effectiveFrom,
          description,
          basedOn,
          parametersSha256: sha256,
          parameters,
        },
      });
      return repository.findOneByOrFail({ version });
    });
    this.forgetCache();
    return created;
  }

  /**
   * Sets one year's wage in a version's table, in place: the wage table is a published fact, not a
   * policy choice, so a newly published year applies to every later assessment under the version in
   * force. Past decisions keep what they used: each edit is a new revision, the old parameters stay
   * in `rule_set_revision`, and an assessment stores version + revision + SHA-256.
   */
  async setAverageMonthlyWage(author: ChangeAuthor, input: SetAverageMonthlyWageInput): Promise<RuleSet> {
    if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 9999) {
      throw invalid(
        'input.year',
        'year-range',
        `input.year must be a calendar year 1900–9999; got ${input.year}.`,
      );
    }
    if (!Number.isFinite(input.monthlyCny) || input.monthlyCny <= 0) {
      throw invalid(
        'input.monthlyCny',
        'positive',
        `input.monthlyCny must be more than 0 CNY; got ${input.monthlyCny}.`,
      );
    }
    const updated = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(RuleSet);
      const current = await repository.findOne({
        where: { version: input.version },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) {
        throw new RuleSetException(
          RuleSetExceptionCode.RULE_SET_NOT_FOUND,
          `There is no rule set ${input.version}.`,
          {
            field: 'input.version',
            rule: 'exists',
          },
        );
      }
      if (input.expectedRevision != null && input.expectedRevision !== current.revision) {
        throw new RuleSetException(
          RuleSetExceptionCode.STALE_REVISION,
          `${input.version} is at revision ${current.revision}, not ${input.expectedRevision}: someone changed it meanwhile; reload and try again.`,
          { field: 'input.expectedRevision', rule: 'current-revision' },
        );
      }
      const previous = current.parameters.averageMonthlyWage.find((row) => row.year === input.year);
      if (previous?.monthlyCny === input.monthlyCny) return current;

      const table = current.parameters.averageMonthlyWage
        .filter((row) => row.year !== input.year)
        .concat({ year: input.year, monthlyCny: input.monthlyCny })
        .sort((a, b) => a.year - b.year);
      const parameters = parseParameters({ ...current.parameters, averageMonthlyWage: table }, 'input');
      const sha256 = parametersSha256(parameters);
      const revision = current.revision + 1;
      await manager.query(
        `UPDATE scoring.rule_set SET parameters = $2, revision = $3, parameters_sha256 = $4, updated_at = now()
         WHERE version = $1`,
        [input.version, JSON.stringify(parameters), revision, sha256],
      );
      await insertRevision(manager, input.version, revision, parameters, sha256, author);
      const was = previous ? `${previous.monthlyCny} 元` : '未设定';
      const wasEn = previous ? `${previous.monthlyCny} CNY` : 'not set';
      await insertChange(manager, {
        version: input.version,
        revision,
        kind: RuleSetChangeKind.AVERAGE_WAGE_SET,
        author,
        summary:
          `将 ${input.version} 的 ${input.year} 年职工月平均工资设为 ${input.monthlyCny} 元（原为${was}）` +
          ` (set the ${input.year} average monthly wage of ${input.version} to ${input.monthlyCny} CNY; was ${wasEn})`,
        before: previous ? { year: input.year, monthlyCny: previous.monthlyCny } : null,
        after: { year: input.year, monthlyCny: input.monthlyCny, parametersSha256: sha256 },
      });
      return repository.findOneByOrFail({ version: input.version });
    });
    this.forgetCache();
    return updated;
  }

  /** The audit trail, newest first, keyset-paginated on `seq`. */
  async changes(filter: {
    version?: string | null;
    first: number;
    after?: string | null;
  }): Promise<RuleSetChangePage> {
    if (!Number.isInteger(filter.first) || filter.first < 1 || filter.first > MAX_CHANGES_PAGE) {
      throw invalid('first', 'range', `first must be 1–${MAX_CHANGES_PAGE}; got ${filter.first}.`);
    }
    if (filter.after != null && !/^\d{1,18}$/.test(filter.after)) {
      throw invalid('after', 'cursor', 'after must be a nextCursor returned by ruleSetChanges.');
    }
    const query = this.dataSource
      .getRepository(RuleSetChange)
      .createQueryBuilder('change')
      .orderBy('change.seq', 'DESC')
      .limit(filter.first + 1);
    if (filter.version) query.andWhere('change.rule_set_version = :version', { version: filter.version });
    if (filter.after) query.andWhere('change.seq < :after', { after: filter.after });
    const rows = await query.getMany();
    const nodes = rows.slice(0, filter.first);
    const last = nodes[nodes.length - 1];
    return { nodes, nextCursor: rows.length > filter.first && last ? String(last.seq) : null };
  }

  /** The exact parameters a decision used (immutable rows). */
  async revisionParameters(
    manager: EntityManager,
    version: string,
    revision: number,
  ): Promise<RuleSetParameters | undefined> {
    const rows: Array<{ parameters: RuleSetParameters }> = await manager.query(
      'SELECT parameters FROM scoring.rule_set_revision WHERE version = $1 AND revision = $2',
      [version, revision],
    );
    return rows[0]?.parameters;
  }
}

export function authorOf(user: AuthUser): ChangeAuthor {
  return { sub: user.sub, role: user.role };
}

function invalid(field: string, rule: string, message: string): RuleSetException {
  return new RuleSetException(RuleSetExceptionCode.INVALID_RULE_SET, message, { field, rule });
}

function parseParameters(candidate: unknown, field: string): RuleSetParameters {
  const parsed = ruleSetSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = (issue?.path ?? [])
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .join('');
  const where = field === 'input.parameters' ? `${field}${path}` : field;
  throw invalid(
    where,
    'rule-set-schema',
    `${where}: ${issue?.message ?? 'not a valid rule set'} (at parameters${path || ' root'}).`,
  );
}

async function insertRevision(
  manager: EntityManager,
  version: string,
  revision: number,
  parameters: RuleSetParameters,
  sha256: string,
  author: ChangeAuthor,
): Promise<void> {
  await manager.query(
    `INSERT INTO scoring.rule_set_revision (version, revision, parameters, parameters_sha256, created_by)
     VALUES ($1, $2, $3, $4, $5)`,
    [version, revision, JSON.stringify(parameters), sha256, author.sub],
  );
}

async function insertChange(
  manager: EntityManager,
  change: {
    version: string;
    revision: number;
    kind: RuleSetChangeKind;
    author: ChangeAuthor;
    summary: string;
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO scoring.rule_set_change
       (id, rule_set_version, revision, kind, changed_by, changed_by_role, summary, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      randomUUID(),
      change.version,
      change.revision,
      change.kind,
      change.author.sub,
      change.author.role,
      change.summary,
      change.before === null ? null : JSON.stringify(change.before),
      JSON.stringify(change.after),
    ],
  );
}
