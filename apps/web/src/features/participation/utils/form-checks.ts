/** What the public forms check before anything is sent (the server checks again). Codes name texts in `participation.errors`. */

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type Problems = Record<string, string>;

export interface ReportDraft {
  category: string;
  targetGroup: string;
  placeMode: 'map' | 'address' | 'district';
  districtId: string;
  address: string;
  lat: number | null;
  lng: number | null;
  description: string;
  email: string;
  photo: File | null;
}

export const emptyReport = (): ReportDraft => ({
  category: '',
  targetGroup: '',
  placeMode: 'address',
  districtId: '',
  address: '',
  lat: null,
  lng: null,
  description: '',
  email: '',
  photo: null,
});

function checkEmail(email: string, problems: Problems) {
  if (email.trim() && !EMAIL.test(email.trim())) problems.email = 'email';
}

export function checkReport(d: ReportDraft): Problems {
  const problems: Problems = {};
  if (!d.category) problems.category = 'category';
  if (!d.targetGroup) problems.targetGroup = 'targetGroup';
  if (d.placeMode === 'map' && (d.lat === null || d.lng === null)) problems.place = 'pin';
  if (d.placeMode === 'address' && !d.address.trim()) problems.address = 'address';
  if (d.placeMode === 'district' && !d.districtId) problems.districtId = 'district';
  const text = d.description.trim();
  if (text.length < 10) problems.description = 'descriptionShort';
  else if (text.length > 2000) problems.description = 'descriptionLong';
  if (d.photo && !PHOTO_TYPES.includes(d.photo.type)) problems.photo = 'photoType';
  else if (d.photo && d.photo.size > MAX_PHOTO_BYTES) problems.photo = 'photoSize';
  checkEmail(d.email, problems);
  return problems;
}

export interface FeedbackDraft {
  text: string;
  rating: string;
  authorLabel: string;
  email: string;
}

export const emptyFeedback = (): FeedbackDraft => ({ text: '', rating: '', authorLabel: '', email: '' });

export function checkFeedback(d: FeedbackDraft): Problems {
  const problems: Problems = {};
  const text = d.text.trim();
  if (text.length < 10) problems.text = 'experienceShort';
  else if (text.length > 4000) problems.text = 'experienceLong';
  checkEmail(d.email, problems);
  return problems;
}
