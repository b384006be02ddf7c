import { api } from '@/services/api/client'
import type { Schemas } from '@/services/api/types'

export type IdentityStatus = Schemas['IdentityStatus']
export type IdentityStep = IdentityStatus['step']
export type ConsentDocument = Schemas['ConsentDocument']
export type ConsentKind = ConsentDocument['kind']
export type ConsentRecord = Schemas['ConsentRecord']
export type SmsSent = Schemas['SmsSent']
export type FaceVerification = Schemas['FaceVerification']
export type FaceResult = Schemas['FaceVerificationResult']
export type OcrResult = Schemas['OcrResult']

export const identityApi = {
  status: () => api.get<IdentityStatus>('/identity'),
  sendSms: (mobile: string) => api.post<SmsSent>('/auth/sms', { mobile }),
  bindPhoneBySms: (mobile: string, smsCode: string) => api.post<IdentityStatus>('/auth/phone', { mobile, smsCode }),
  bindPhoneByWechat: (phoneCode: string) => api.post<IdentityStatus>('/auth/phone', { phoneCode }),
  consentDocument: (kind: ConsentKind) => api.get<ConsentDocument>(`/consents/documents/${kind}`),
  recordConsent: (kind: ConsentKind, version: string, granted: boolean) =>
    api.post<ConsentRecord>('/consents', { kind, version, granted }),
  ocr: (filePath: string) => api.upload<OcrResult>('/identity/ocr', filePath, 'image'),
  submitId: (name: string, idNumber: string) => api.post<IdentityStatus>('/identity/id', { name, idNumber }),
  startFace: () => api.post<FaceVerification>('/identity/face/start'),
  faceResult: (verifyId: string) => api.get<FaceResult>(`/identity/face/${encodeURIComponent(verifyId)}`),
  /** The sandbox's stand-in for WeChat's face service (see platform/sandbox-liveness). */
  completeSandboxFace: (verifyId: string, outcome: 'PASS' | 'FAIL') =>
    api.post<void>(`/face-provider/${encodeURIComponent(verifyId)}/complete`, { outcome }),
}
