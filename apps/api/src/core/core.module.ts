import { AccountResolver } from './auth/account.resolver';
import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { AccountsModule } from './accounts/accounts.module';
import { AuditService } from './audit/audit.service';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { FailedLoginNotice } from './auth/failed-login-notice';
import { PasswordResetResolver } from './auth/password-reset.resolver';
import { PasswordResetService } from './auth/password-reset.service';
import { PlatformSetupResolver } from './setup/platform-setup.resolver';
import { PlatformSetupService } from './setup/platform-setup.service';
import { LoginThrottle } from './auth/login-throttle';
import { TotpService } from './auth/totp.service';
import { SessionCleanup } from './auth/session-cleanup';
import { SessionsService } from './auth/sessions.service';
import { TenancyInterceptor } from './tenancy/tenancy.interceptor';
import { RequestTransactions } from './tenancy/request-transaction';
import { TenancyService } from './tenancy/tenancy.service';

/** Platform services every domain module uses: auth, tenancy, audit; password reset and first-run setup. */
@Global()
@Module({
  imports: [AccountsModule],
  providers: [
    SessionsService,
    SessionCleanup,
    AuthService,
    LoginThrottle,
    FailedLoginNotice,
    TotpService,
    AuthResolver,
    AccountResolver,
    PasswordResetService,
    PasswordResetResolver,
    PlatformSetupService,
    PlatformSetupResolver,
    TenancyService,
    RequestTransactions,
    AuditService,
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: TenancyInterceptor },
  ],
  exports: [SessionsService, AuthService, LoginThrottle, TenancyService, RequestTransactions, AuditService],
})
export class CoreModule {}
