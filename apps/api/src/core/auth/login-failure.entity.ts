import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counters, kept in PostgreSQL so that every instance sees the same numbers (the
 * API is stateless). Not tenant data: no RLS. `kind` is 'pair' (account + address), 'account' or
 * 'address'; `key` is the e-mail, the address or both. A row counts within a window from
 * `first_at`; an old row is restarted by the next failure and swept by the session clean-up.
 */
@Entity('login_failures')
export class LoginFailureEntity {
  @PrimaryColumn('text') kind: string;
  @PrimaryColumn('text') key: string;
  @Column('int') failures: number;
  @Column({ type: 'timestamptz' }) firstAt: Date;
  @Index() @Column({ type: 'timestamptz' }) lastAt: Date;
}
