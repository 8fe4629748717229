import type { Transporter } from 'nodemailer';

/** One e-mail to send. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** What the dispatcher needs of an SMTP client. */
export interface MailSender {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** An SMTP sender for `smtp://user:pass@host:port` (or `smtps://`), from VIGIE_SMTP_URL. */
export function smtpSender(url: string, from: string, timeoutMs = 10_000): MailSender {
  // nodemailer is loaded with the first e-mail: a command that sends none (most) does not pay for it.
  let transport: Promise<Transporter> | undefined;
  const open = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) => {
      const created = nodemailer.createTransport(url, { from });
      const options = created.options as {
        connectionTimeout?: number;
        socketTimeout?: number;
        greetingTimeout?: number;
      };
      options.connectionTimeout = options.socketTimeout = options.greetingTimeout = timeoutMs;
      return created;
    }));
  return {
    send: async (mail) => {
      await (await open()).sendMail({ from, ...mail });
    },
    close: () => {
      void transport?.then(
        (created) => created.close(),
        () => undefined,
      );
    },
  };
}
