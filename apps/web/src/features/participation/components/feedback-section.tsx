import { useFormat } from '@/lib/i18n';
import { useOfferFeedback } from '../api/participation-api';
import { AbuseButton } from './abuse-button';
import { useParticipationText } from './easy-language';
import { FeedbackForm } from './feedback-form';
import '../participation.css';

/** On an offer's page: the approved experiences with the provider's public answer and "hat etwas verändert", then the form. */
export function FeedbackSection({ slug, offerId }: { slug: string; offerId: string }) {
  const { tx } = useParticipationText();
  const f = useFormat();
  const feedback = useOfferFeedback(slug, offerId);
  const items = feedback.data?.items ?? [];
  return (
    <section className="participation-feedback" aria-labelledby="participation-feedback-heading">
      <h2 id="participation-feedback-heading">{tx('feedback.title')}</h2>
      {feedback.isSuccess && !items.length ? <p>{tx('feedback.none')}</p> : null}
      {items.length ? (
        <ul className="participation-feedback__list">
          {items.map((item) => (
            <li key={item.id} className="participation-feedback__item">
              <article aria-label={tx('feedback.itemLabel', { date: f.date(item.createdAt) })}>
                <p className="participation-feedback__meta">
                  {[item.authorLabel, f.date(item.createdAt)].filter(Boolean).join(' · ')}
                  {item.rating ? (
                    <>
                      {' · '}
                      <span aria-hidden="true">{'★'.repeat(item.rating)}</span>
                      <span className="visually-hidden">{tx('feedback.stars', { count: item.rating })}</span>
                    </>
                  ) : null}
                </p>
                <p className="participation-feedback__text">{item.text}</p>
                {item.changed ? (
                  <p className="participation-changed">
                    <strong>{tx('feedback.changed')}</strong> {item.changed.text}
                  </p>
                ) : null}
                {item.answer ? (
                  <div className="participation-answer">
                    <p className="participation-answer__by">
                      {tx('feedback.answerBy', { organisation: item.answer.organisationName, date: f.date(item.answer.answeredAt) })}
                    </p>
                    <p>{item.answer.text}</p>
                  </div>
                ) : null}
                <AbuseButton slug={slug} itemType="FEEDBACK" itemId={item.id} />
              </article>
            </li>
          ))}
        </ul>
      ) : null}
      <FeedbackForm slug={slug} offerId={offerId} />
    </section>
  );
}
