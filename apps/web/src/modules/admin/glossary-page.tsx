import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Input, Result, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlatformAdmin, isStaff, useMe } from '../../app/auth.js';
import { Instant } from '../../shared/instant.js';
import { LoadMore } from '../../shared/load-more.js';
import { Page, Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { AdminNavigation } from './admin-only.js';
import { type GlossaryConcept, type GlossaryFilter, glossaryApi, glossaryKeys } from './glossary.api.js';
import { type Editing, GlossaryEditor } from './glossary-editor.js';
import { GlossaryAreaSelect, useAreaName } from './glossary-parts.js';
import { GlossaryTry } from './glossary-try.js';
import './glossary.css';

const LANGUAGES = ['ru', 'zh', 'en'] as const;

function TermTags({ terms }: { terms: string[] }) {
  return (
    <ul className="tag-list glossary-term-list">
      {terms.map((term) => (
        <li key={term}>
          <Tag>{term}</Tag>
        </li>
      ))}
    </ul>
  );
}

function OriginCell({ concept }: { concept: GlossaryConcept }) {
  const { t } = useTranslation();
  if (concept.origin === 'shipped') return <span className="muted">{t('glossary.originShipped')}</span>;
  return (
    <span>
      {concept.updatedBy
        ? t('glossary.originEdited', { name: concept.updatedBy.displayName })
        : t('glossary.originEditedUnknown')}
      <br />
      <Instant at={concept.updatedAt} className="muted" />
    </span>
  );
}

/** Retire (or restore) a concept, as of the version in the list; a lost race says so and reloads. */
function useRetirement() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (c: GlossaryConcept) =>
      c.retired ? glossaryApi.restore(c.id, c.version) : glossaryApi.retire(c.id, c.version),
    onSuccess: (c) => message.success(t(c.retired ? 'glossary.retiredDone' : 'glossary.restoredDone', { code: c.id })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: glossaryKeys.all }),
  });
}

function ConceptActions({
  concept,
  onEdit,
  retirement,
}: {
  concept: GlossaryConcept;
  onEdit: () => void;
  retirement: ReturnType<typeof useRetirement>;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  if (concept.retired) {
    return (
      <Button
        size="small"
        onClick={() => retirement.mutate(concept)}
        aria-label={t('glossary.restoreConcept', { code: concept.id })}
      >
        {t('glossary.restore')}
      </Button>
    );
  }
  const confirmRetire = () =>
    modal.confirm({
      title: t('glossary.retireConfirm', { code: concept.id }),
      okText: t('glossary.retire'),
      okButtonProps: { danger: true },
      cancelText: t('action.cancel'),
      onOk: () => retirement.mutate(concept),
    });
  return (
    <Space size="small" wrap>
      <Button size="small" onClick={onEdit} aria-label={t('glossary.editConcept', { code: concept.id })}>
        {t('glossary.edit')}
      </Button>
      <Button
        size="small"
        danger
        onClick={confirmRetire}
        aria-label={t('glossary.retireConcept', { code: concept.id })}
      >
        {t('glossary.retire')}
      </Button>
    </Space>
  );
}

function ConceptTable({ onEdit }: { onEdit: (editing: Editing) => void }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const retirement = useRetirement();
  const [filter, setFilter] = useState<GlossaryFilter>({ q: '', area: undefined, retired: false });
  const concepts = useInfiniteQuery({
    queryKey: glossaryKeys.list(filter),
    queryFn: ({ pageParam }) => glossaryApi.list(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const rows = concepts.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section
      title={t('glossary.conceptsTitle')}
      extra={
        <Button
          type="primary"
          onClick={() => onEdit({ draft: { area: filter.area ?? null, terms: { ru: [], zh: [], en: [] } } })}
        >
          {t('glossary.add')}
        </Button>
      }
    >
      <div className="glossary-filters">
        <Input.Search
          className="glossary-search"
          aria-label={t('glossary.search')}
          placeholder={t('glossary.searchPlaceholder')}
          allowClear
          enterButton={t('action.search')}
          onSearch={(value) => setFilter((f) => ({ ...f, q: value.trim() }))}
        />
        <GlossaryAreaSelect
          className="glossary-area-filter"
          aria-label={t('glossary.areaFilter')}
          placeholder={t('glossary.areaAny')}
          value={filter.area ?? null}
          onChange={(area) => setFilter((f) => ({ ...f, area: area ?? undefined }))}
        />
        <Checkbox checked={filter.retired} onChange={(e) => setFilter((f) => ({ ...f, retired: e.target.checked }))}>
          {t('glossary.showRetired')}
        </Checkbox>
      </div>
      <ProblemAlert error={concepts.error ?? retirement.error} />
      <Table<GlossaryConcept>
        rowKey="id"
        size="small"
        loading={concepts.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            title: t('glossary.code'),
            dataIndex: 'id',
            fixed: 'left',
            className: 'table-key-column',
            render: (id: string) => <code className="glossary-code">{id}</code>,
          },
          { title: t('glossary.area'), key: 'area', render: (_, c) => areaName(c.area) },
          ...LANGUAGES.map((language) => ({
            title: t(`glossary.terms.${language}`),
            key: language,
            render: (_: unknown, c: GlossaryConcept) => <TermTags terms={c.terms[language]} />,
          })),
          { title: t('glossary.origin'), key: 'origin', render: (_, c) => <OriginCell concept={c} /> },
          {
            title: t('table.actions'),
            key: 'actions',
            render: (_, c) => (
              <ConceptActions concept={c} retirement={retirement} onEdit={() => onEdit({ concept: c })} />
            ),
          },
        ]}
      />
      <LoadMore pages={concepts} />
    </Section>
  );
}

export function GlossaryPage() {
  const { t } = useTranslation(['app', 'errors']);
  const { me } = useMe();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  if (!isStaff(me)) {
    return (
      <Page title={t('glossary.title')}>
        <Result status="403" subTitle={t('errors:operator_required')} />
      </Page>
    );
  }
  const editById = async (id: string) => {
    setLoadError(null);
    try {
      setEditing({ concept: await glossaryApi.get(id) });
    } catch (error) {
      setLoadError(error);
    }
  };
  return (
    <Page title={t('glossary.title')} width="wide">
      {isPlatformAdmin(me) && <AdminNavigation />}
      <p className="glossary-intro">{t('glossary.intro')}</p>
      <ProblemAlert error={loadError} />
      <GlossaryTry onEdit={editById} />
      <ConceptTable onEdit={setEditing} />
      <GlossaryEditor editing={editing} onEdit={setEditing} onClose={() => setEditing(null)} />
    </Page>
  );
}
