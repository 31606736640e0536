import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { AuthMiddleware } from './core/auth/auth.middleware';
import { OriginCheckMiddleware } from './core/auth/origin-check.middleware';
import { CoreModule } from './core/core.module';
import { formatError } from './core/graphql/format-error';
import { authenticatedIntrospectionPlugin } from './core/graphql/introspection';
import { armor, costRateLimitPlugin, MAX_TOKENS } from './core/graphql/limits';
import { pickLocale } from './core/i18n/messages';
import { requestStore } from './core/request-context';
import { Database, DATABASE_APP_URL } from './database/database';
import { MailModule } from './core/mail/mail.module';
import { HealthController } from './health/health.controller';
import type { Logger as Pino } from 'pino';
import { loggerModule } from './core/observability/logging';
import { Metrics } from './core/observability/metrics';
import { ApiTokensModule } from './core/api-tokens/api-tokens.module';
import { AuditModule } from './core/audit/audit.module';
import { AgendaModule } from './modules/agenda/agenda.module';
import { ActivitiesModule } from './modules/activities/activities.module';
import { AlliancesModule } from './modules/alliances/alliances.module';
import { IndicatorsModule } from './modules/indicators/indicators.module';
import { MembersModule } from './modules/members/members.module';
import { OnboardingModule } from './modules/onboarding/onboarding.module';
import { MeasurementsModule } from './modules/measurements/measurements.module';
import { CommunicationModule } from './modules/communication/communication.module';
import { ReportsModule } from './modules/reports/reports.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { ColleaguesModule } from './modules/colleagues/colleagues.module';
import { PortabilityModule } from './modules/portability/portability.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { NetworkModule } from './modules/network/network.module';
import { MatchingModule } from './modules/matching/matching.module';
import { ExportsModule } from './modules/exports/exports.module';
import { DisclosureModule } from './modules/disclosure/disclosure.module';
import { ImportsModule } from './modules/imports/imports.module';
import { PortalModule } from './modules/portal/portal.module';
import { PortalPublicModule } from './modules/portal-public/portal-public.module';
import { ProgressPublicModule } from './modules/progress-public/progress-public.module';
import { ParticipationModule } from './modules/participation/participation.module';

export const DATABASE = Symbol('DATABASE');

@Module({})
/** Hands the opened Database to Nest; whoever opened it (main.ts, the test harness) closes it. */
class DatabaseHandleModule {
  static forRoot(config: AppConfig, database: Database, metrics: Metrics): DynamicModule {
    return {
      module: DatabaseHandleModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE, useValue: database },
        { provide: DataSource, useValue: database.dataSource },
        { provide: DATABASE_APP_URL, useValue: database.appUrl },
        // Injectable anywhere: a job queue calls metrics.registerQueueDepthGauge(name, depthFn).
        { provide: Metrics, useValue: metrics },
      ],
      exports: [APP_CONFIG, DATABASE, DataSource, DATABASE_APP_URL, Metrics],
    };
  }
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, database: Database, observability: { logger: Pino; metrics: Metrics }): DynamicModule {
    const protection = armor(config);
    return {
      module: AppModule,
      imports: [
        loggerModule(observability.logger),
        DatabaseHandleModule.forRoot(config, database, observability.metrics),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          // Production: off unless the operator opens it to logged-in users (GRAPHQL_INTROSPECTION).
          introspection: config.GRAPHQL_INTROSPECTION !== 'off',
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          hideSchemaDetailsFromClientErrors: config.isProduction,
          validationRules: protection.validationRules,
          plugins: [
            observability.metrics.graphqlPlugin(),
            ...protection.plugins,
            costRateLimitPlugin(config.RATE_LIMIT_POINTS_PER_MINUTE),
            ...(config.GRAPHQL_INTROSPECTION === 'authenticated' ? [authenticatedIntrospectionPlugin()] : []),
          ],
          parseOptions: { maxTokens: MAX_TOKENS },
          persistedQueries: false,
          context: ({ req, res }: { req: Request; res: Response }) => ({ req, res, locale: pickLocale(req.headers['accept-language']) }),
          formatError: (formatted, error) => formatError(formatted, error, requestStore.getStore()?.locale ?? 'de'),
        }),
        CoreModule,
        MailModule.forRoot(config),
        AlliancesModule,
        MembersModule,
        AuditModule,
        ApiTokensModule,
        AgendaModule,
        IndicatorsModule,
        MeasurementsModule,
        ActivitiesModule,
        CommunicationModule,
        ReportsModule,
        PrivacyModule,
        ColleaguesModule,
        PortabilityModule,
        NotificationsModule,
        PortalPublicModule,
        ProgressPublicModule,
        OnboardingModule,
        NetworkModule,
        MatchingModule,
        ExportsModule,
        DisclosureModule,
        ImportsModule,
        PortalModule,
        ParticipationModule,
      ],
      controllers: [HealthController],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    consumer
      .apply(
        (req: Request, _res: Response, next: () => void) => requestStore.run({ locale: pickLocale(req.headers['accept-language']) }, next),
        AuthMiddleware,
        OriginCheckMiddleware,
      )
      .forRoutes('*path');
  }
}
