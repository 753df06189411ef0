import { Modal, message, notification } from 'antd';
import { useEffect } from 'react';
import type { useFeedback } from './feedback.js';

/** The holders `FeedbackProvider` loads after the first page: they render what `App.useApp()` shows. */
export default function FeedbackHolders({ onReady }: { onReady: (feedback: ReturnType<typeof useFeedback>) => void }) {
  const [messageApi, messageHolder] = message.useMessage();
  const [notificationApi, notificationHolder] = notification.useNotification();
  const [modalApi, modalHolder] = Modal.useModal();
  useEffect(() => {
    onReady({ message: messageApi, notification: notificationApi, modal: modalApi });
  }, [onReady, messageApi, notificationApi, modalApi]);
  return (
    <>
      {modalHolder}
      {messageHolder}
      {notificationHolder}
    </>
  );
}
