import type { OperatorJurisdiction, Organization } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Select, Table, Tabs, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { operatorJurisdictionsOf, useMe } from '../../app/auth.js';
import { isApiError } from '../../shared/api-client.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { useFormat } from '../../shared/format.js';
import { Instant } from '../../shared/instant.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import {
  type CaseContact,
  type CaseTask,
  CONTACT_CHANNELS,
  type ContactChannel,
  type OrganizationRegistry,
  registryApi,
  registryKeys,
} from './registry.api.js';
import { contactChannelLabel } from './registry-labels.js';
import './registry.css';

function useRefreshCase(organizationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: registryKeys.caseFile(organizationId) });
}

function NotesTab({ organizationId, notes }: { organizationId: string; notes: CaseFileData['notes'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const refresh = useRefreshCase(organizationId);
  const [form] = Form.useForm<{ body: string }>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['body'],
    submit: (values: { body: string }) => registryApi.addNote(organizationId, values.body.trim()),
    onSuccess: async () => {
      form.resetFields();
      message.success(t('casePanel.noteAdded'));
      await refresh();
    },
  });
  return (
    <>
      {problemAlert}
      <Form form={form} name="case-note" layout="vertical" onFinish={submit}>
        <Form.Item name="body" label={t('casePanel.note')} rules={[rules.requiredText, rules.maxChars(10000)]}>
          <Input.TextArea {...countUpTo(10000)} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('casePanel.addNote')}
        </Button>
      </Form>
      {notes.length === 0 ? (
        <p className="muted case-empty">{t('casePanel.noNotes')}</p>
      ) : (
        <ol className="thread case-notes">
          {notes.map((note) => (
            <li key={note.id} className="thread-item">
              <div className="thread-meta">
                <strong>{note.authorName}</strong>
                <Instant at={note.createdAt} className="muted" />
              </div>
              <p className="multiline thread-body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

type TaskValues = { title: string; dueDate: Dayjs; ownerId?: string };

function TasksTab({
  organizationId,
  jurisdiction,
  tasks,
}: {
  organizationId: string;
  jurisdiction: OperatorJurisdiction;
  tasks: CaseTask[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const format = useFormat();
  const refresh = useRefreshCase(organizationId);
  const [form] = Form.useForm<TaskValues>();
  const operators = useQuery({
    queryKey: registryKeys.operators(jurisdiction),
    queryFn: () => registryApi.operators(jurisdiction),
  });
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['title', 'dueDate', 'ownerId'],
    submit: (values: TaskValues) =>
      registryApi.addTask(organizationId, {
        title: values.title.trim(),
        dueDate: values.dueDate.format('YYYY-MM-DD'),
        ...(values.ownerId ? { ownerId: values.ownerId } : {}),
      }),
    onSuccess: async () => {
      form.resetFields();
      message.success(t('casePanel.taskAdded'));
      await refresh();
    },
  });
  const complete = useMutation({
    mutationFn: (task: CaseTask) => registryApi.completeTask(organizationId, task.id),
    onSuccess: async () => {
      message.success(t('casePanel.taskDone'));
      await refresh();
    },
    onError: (error) => message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 })),
  });
  const owners = operators.data?.items ?? [];
  return (
    <>
      {problemAlert}
      <Form form={form} name="case-task" layout="vertical" onFinish={submit}>
        <div className="form-columns">
          <Form.Item name="title" label={t('casePanel.taskTitle')} rules={[rules.requiredText, rules.maxChars(500)]}>
            <Input {...countUpTo(500)} />
          </Form.Item>
          <Form.Item name="dueDate" label={t('casePanel.dueDate')} rules={[rules.required]}>
            <DatePicker className="full-width" />
          </Form.Item>
          <Form.Item name="ownerId" label={t('casePanel.owner')} extra={t('casePanel.ownerHint')}>
            <Select
              allowClear
              loading={operators.isPending}
              placeholder={t('casePanel.ownerMe')}
              options={owners.map((operator) => ({ value: operator.id, label: operator.displayName }))}
            />
          </Form.Item>
        </div>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('casePanel.addTask')}
        </Button>
      </Form>
      <Table<CaseTask>
        className="case-table"
        rowKey="id"
        size="small"
        dataSource={tasks}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('casePanel.noTasks') }}
        rowClassName={(task) => (task.overdue ? 'row-overdue' : '')}
        columns={[
          { title: t('casePanel.taskTitle'), dataIndex: 'title' },
          {
            title: t('casePanel.dueDate'),
            key: 'dueDate',
            render: (_, task) => (
              <>
                {format.day(task.dueDate)}
                {task.overdue && (
                  <Tag color="error" className="inline-tag">
                    {t('registry.overdue')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('casePanel.owner'), dataIndex: 'ownerName' },
          {
            title: t('casePanel.done'),
            key: 'done',
            align: 'end',
            render: (_, task) =>
              task.doneAt ? (
                <span className="muted">{t('casePanel.doneAt', { date: format.instant(task.doneAt) })}</span>
              ) : (
                <Button
                  size="small"
                  onClick={() => complete.mutate(task)}
                  loading={complete.isPending && complete.variables?.id === task.id}
                  aria-label={t('casePanel.markDoneTask', { title: task.title })}
                >
                  {t('casePanel.markDone')}
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}

type ContactValues = { channel: ContactChannel; summary: string; contactedAt: Dayjs };

function ContactsTab({ organizationId, contacts }: { organizationId: string; contacts: CaseContact[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const refresh = useRefreshCase(organizationId);
  const [form] = Form.useForm<ContactValues>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['channel', 'summary', 'contactedAt'],
    submit: (values: ContactValues) =>
      registryApi.addContact(organizationId, {
        channel: values.channel,
        summary: values.summary.trim(),
        contactedAt: values.contactedAt.toISOString(),
      }),
    onSuccess: async () => {
      form.resetFields();
      form.setFieldValue('contactedAt', dayjs());
      message.success(t('casePanel.contactAdded'));
      await refresh();
    },
  });
  return (
    <>
      {problemAlert}
      <Form
        form={form}
        name="case-contact"
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: 'call', contactedAt: dayjs() }}
      >
        <div className="form-columns">
          <Form.Item name="channel" label={t('casePanel.channel')} rules={[rules.required]}>
            <Select
              options={CONTACT_CHANNELS.map((channel) => ({ value: channel, label: contactChannelLabel(t, channel) }))}
            />
          </Form.Item>
          <Form.Item name="contactedAt" label={t('casePanel.contactedAt')} rules={[rules.required]}>
            <DatePicker showTime={{ format: 'HH:mm' }} className="full-width" />
          </Form.Item>
        </div>
        <Form.Item name="summary" label={t('casePanel.summary')} rules={[rules.requiredText, rules.maxChars(5000)]}>
          <Input.TextArea {...countUpTo(5000)} autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('casePanel.addContact')}
        </Button>
      </Form>
      <Table<CaseContact>
        className="case-table"
        rowKey="id"
        size="small"
        dataSource={contacts}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('casePanel.noContacts') }}
        columns={[
          {
            title: t('casePanel.contactedAt'),
            dataIndex: 'contactedAt',
            render: (at: string) => <Instant at={at} />,
          },
          {
            title: t('casePanel.channel'),
            dataIndex: 'channel',
            render: (channel: ContactChannel) =>
              CONTACT_CHANNELS.includes(channel) ? contactChannelLabel(t, channel) : channel,
          },
          {
            title: t('casePanel.summary'),
            dataIndex: 'summary',
            render: (summary: string) => <span className="multiline">{summary}</span>,
          },
          { title: t('casePanel.author'), dataIndex: 'authorName' },
        ]}
      />
    </>
  );
}

type CaseFileData = Awaited<ReturnType<typeof registryApi.caseFile>>;

/** The operator's private file on an organisation: notes, follow-up tasks and a log of contacts. */
export function CasePanel({ organization, registry }: { organization: Organization; registry: OrganizationRegistry }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const caseFile = useQuery({
    queryKey: registryKeys.caseFile(organization.id),
    queryFn: () => registryApi.caseFile(organization.id),
  });
  const jurisdiction: OperatorJurisdiction =
    organization.jurisdiction !== 'OTHER'
      ? organization.jurisdiction
      : (registry.applications[0]?.reviewerJurisdiction ?? operatorJurisdictionsOf(me)[0] ?? 'RU');
  const data = caseFile.data;
  const openTasks = data?.tasks.filter((task) => !task.doneAt).length ?? 0;
  const overdueTasks = data?.tasks.filter((task) => task.overdue).length ?? 0;

  return (
    <Section title={t('casePanel.title')}>
      <p className="section-intro">{t('casePanel.intro')}</p>
      <ProblemAlert error={caseFile.error} />
      {data && (
        <Tabs
          items={[
            {
              key: 'notes',
              label: t('casePanel.notesTab', { n: data.notes.length }),
              children: <NotesTab organizationId={organization.id} notes={data.notes} />,
            },
            {
              key: 'tasks',
              label: (
                <>
                  {t('casePanel.tasksTab', { n: openTasks })}
                  {overdueTasks > 0 && (
                    <Tag color="error" className="inline-tag">
                      {t('casePanel.overdueCount', { n: overdueTasks })}
                    </Tag>
                  )}
                </>
              ),
              children: <TasksTab organizationId={organization.id} jurisdiction={jurisdiction} tasks={data.tasks} />,
            },
            {
              key: 'contacts',
              label: t('casePanel.contactsTab', { n: data.contacts.length }),
              children: <ContactsTab organizationId={organization.id} contacts={data.contacts} />,
            },
          ]}
        />
      )}
    </Section>
  );
}
