import { DOCUMENT_KINDS, type DocumentKind, type StatusApplication } from '@innobridge/contracts';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client.js';
import { FileButton } from '../../shared/file-button.js';
import { useFormat } from '../../shared/format.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import {
  ACCEPTED_DOCUMENT_TYPES,
  type DocumentView,
  documentUrl,
  MAX_DOCUMENT_MB,
  registryApi,
} from './registry.api.js';
import { documentKindLabel, EDITABLE_STATES } from './registry-labels.js';
import { useApplicationUpdate } from './use-application-update.js';
import './registry.css';

type Row = { kind: DocumentKind; required: boolean; document: DocumentView | undefined };

/** Its first twelve hexadecimal digits, enough to compare by eye; the whole hash is in the tooltip. */
const shortHash = (sha256: string) => sha256.slice(0, 12);

/**
 * The other documents given with the very same file (same SHA-256, which the API keeps for every
 * upload): one file for two different required documents is most often a wrong pick.
 */
const sameFileKinds = (documents: DocumentView[], document: Pick<DocumentView, 'kind' | 'sha256'>) =>
  documents.filter((other) => other.kind !== document.kind && other.sha256 === document.sha256).map((o) => o.kind);

export function DocumentsSection({ application, canEdit }: { application: StatusApplication; canEdit: boolean }) {
  const { t } = useTranslation(['app', 'errors']);
  const { message } = App.useApp();
  const format = useFormat();
  const { reload, handleConflict } = useApplicationUpdate(application);
  const [problem, setProblem] = useState<unknown>(null);
  const [extraKind, setExtraKind] = useState<DocumentKind | undefined>();
  const editable = canEdit && EDITABLE_STATES.includes(application.state);
  const deletable = canEdit && application.state === 'draft';

  const upload = useMutation({
    mutationFn: ({ kind, file }: { kind: DocumentKind; file: File }) => {
      if (file.size > MAX_DOCUMENT_MB * 1024 * 1024) {
        // The API would refuse it too; this saves sending ten megabytes for nothing.
        throw new ApiError(413, 'file_too_large', t('errors:file_too_large', { max: MAX_DOCUMENT_MB }));
      }
      return registryApi.uploadDocument(application.id, kind, file);
    },
    onMutate: () => setProblem(null),
    onSuccess: async (document) => {
      const texts = { name: document.fileName, kind: documentKindLabel(t, document.kind) };
      const same = sameFileKinds(application.documents, document);
      if (same.length > 0) message.warning(t('documents.uploadedSameFile', { ...texts, kinds: kindList(same) }), 10);
      else message.success(t('documents.uploaded', texts));
      setExtraKind(undefined);
      await reload();
    },
    onError: (error) => {
      if (!handleConflict(error)) setProblem(error);
    },
  });

  const remove = useMutation({
    mutationFn: (document: DocumentView) => registryApi.removeDocument(application.id, document.id),
    onMutate: () => setProblem(null),
    onSuccess: async (_, document) => {
      message.success(t('documents.removed', { name: document.fileName }));
      await reload();
    },
    onError: (error) => {
      if (!handleConflict(error)) setProblem(error);
    },
  });

  const kindList = (kinds: DocumentKind[]) => format.list(kinds.map((kind) => documentKindLabel(t, kind)));
  const byKind = new Map(application.documents.map((document) => [document.kind, document]));
  const rows: Row[] = [
    ...application.requiredDocuments.map((kind) => ({ kind, required: true, document: byKind.get(kind) })),
    ...DOCUMENT_KINDS.filter((kind) => !application.requiredDocuments.includes(kind) && byKind.has(kind)).map(
      (kind) => ({ kind, required: false, document: byKind.get(kind) }),
    ),
  ];
  const optionalKinds = DOCUMENT_KINDS.filter((kind) => !rows.some((row) => row.kind === kind));
  const uploadingKind = upload.isPending ? upload.variables?.kind : undefined;

  const actions = (row: Row) => {
    const kindName = documentKindLabel(t, row.kind);
    return (
      <Space size={8} wrap>
        {editable && (
          <FileButton
            accept={ACCEPTED_DOCUMENT_TYPES}
            label={row.document ? t('documents.replace') : t('documents.upload')}
            accessibleName={
              row.document
                ? t('documents.replaceKind', { kind: kindName })
                : t('documents.uploadKind', { kind: kindName })
            }
            primary={!row.document}
            loading={uploadingKind === row.kind}
            onFile={(file) => upload.mutate({ kind: row.kind, file })}
          />
        )}
        {deletable && row.document && (
          <Popconfirm
            title={t('documents.removeConfirm', { name: row.document.fileName })}
            okText={t('documents.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('action.cancel')}
            onConfirm={() => row.document && remove.mutate(row.document)}
          >
            <Button size="small" danger aria-label={t('documents.removeKind', { kind: kindName })}>
              {t('documents.remove')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    );
  };

  return (
    <Section title={t('documents.title')}>
      <p className="section-intro">
        {editable
          ? t('documents.introEditable', { max: MAX_DOCUMENT_MB })
          : canEdit
            ? t('documents.introLocked')
            : t('documents.introReader')}
      </p>
      <div aria-live="polite">
        <ProblemAlert error={problem} />
      </div>
      <Table<Row>
        rowKey="kind"
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('documents.none') }}
        rowClassName={(row) => (row.required && !row.document ? 'row-missing' : '')}
        columns={[
          {
            title: t('documents.kind'),
            key: 'kind',
            render: (_, row) => (
              <>
                <span className="document-kind">{documentKindLabel(t, row.kind)}</span>
                {!row.required && <Tag className="inline-tag">{t('documents.optional')}</Tag>}
              </>
            ),
          },
          {
            title: t('documents.state'),
            key: 'state',
            render: (_, row) =>
              row.document ? (
                <Tag color="success">{t('documents.present')}</Tag>
              ) : (
                <Tag color="error">{t('documents.missing')}</Tag>
              ),
          },
          {
            title: t('documents.file'),
            key: 'file',
            render: (_, row) =>
              row.document ? (
                <div className="document-file">
                  <a href={documentUrl(application.id, row.document.id)} target="_blank" rel="noopener noreferrer">
                    {row.document.fileName}
                    <span className="visually-hidden"> {t('documents.opensInNewTab')}</span>
                  </a>
                  <div className="muted">
                    {format.fileSize(row.document.size)} · SHA-256{' '}
                    <code title={row.document.sha256}>{shortHash(row.document.sha256)}</code>
                  </div>
                  {sameFileKinds(application.documents, row.document).length > 0 && (
                    <Tag color="warning" className="inline-tag">
                      {t('documents.sameFile', { kinds: kindList(sameFileKinds(application.documents, row.document)) })}
                    </Tag>
                  )}
                </div>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            title: t('documents.uploadedAt'),
            key: 'uploadedAt',
            render: (_, row) => (row.document ? format.instant(row.document.uploadedAt) : '—'),
          },
          {
            title: <span className="visually-hidden">{t('table.actions')}</span>,
            key: 'actions',
            align: 'end',
            render: (_, row) => actions(row),
          },
        ]}
      />
      {editable && optionalKinds.length > 0 && (
        <div className="extra-document">
          <Space.Compact>
            <Select<DocumentKind>
              size="small"
              className="kind-select"
              placeholder={t('documents.otherKind')}
              aria-label={t('documents.otherKind')}
              value={extraKind}
              onChange={setExtraKind}
              options={optionalKinds.map((kind) => ({ value: kind, label: documentKindLabel(t, kind) }))}
            />
          </Space.Compact>
          {extraKind && (
            <FileButton
              accept={ACCEPTED_DOCUMENT_TYPES}
              label={t('documents.upload')}
              accessibleName={t('documents.uploadKind', { kind: documentKindLabel(t, extraKind) })}
              loading={uploadingKind === extraKind}
              onFile={(file) => upload.mutate({ kind: extraKind, file })}
            />
          )}
        </div>
      )}
    </Section>
  );
}
