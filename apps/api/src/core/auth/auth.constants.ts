export const SESSION_COOKIE = 'gw_session';
export const IS_PUBLIC = 'gw:isPublic';
