import authGuard from './auth-guard';

export default { 'auth-guard': authGuard };
