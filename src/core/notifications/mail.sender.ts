import nodemailer from 'nodemailer';

/** One e-mail to send. */
export interface Mail { to: string; subject: string; text: string }

/** What the dispatcher needs of an SMTP client. */
export interface MailSender { send(mail: Mail): Promise<void>; close(): void }

/** An SMTP sender for `smtp://user:pass@host:port` (or `smtps://`), from VIGIE_SMTP_URL. */
export function smtpSender(url: string, from: string, timeoutMs = 10_000): MailSender {
  const transport = nodemailer.createTransport(url, { from });
  const options = transport.options as { connectionTimeout?: number; socketTimeout?: number; greetingTimeout?: number };
  options.connectionTimeout = options.socketTimeout = options.greetingTimeout = timeoutMs;
  return {
    send: async (mail) => { await transport.sendMail({ from, ...mail }); },
    close: () => transport.close(),
  };
}
