import { Typography } from 'antd';
import { type ReactNode, useId } from 'react';

/** A page section named by its heading, so that it is a landmark a reader (and a test) can find by name. */
export function NamedSection({
  title,
  children,
  className,
}: {
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const headingId = useId();
  return (
    <section className={className ? `section ${className}` : 'section'} aria-labelledby={headingId}>
      <div className="section-heading">
        <Typography.Title level={2} id={headingId}>
          {title}
        </Typography.Title>
      </div>
      {children}
    </section>
  );
}
