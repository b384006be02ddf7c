import type { Request } from 'express'
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { SandboxError, MESSAGES } from '../../core/errors'
import { bodyOf, paramOf, userIdOf, type Route } from '../../core/http'
import { completeFaceVerification, faceVerificationResult, startFaceVerification } from './face-service'
import { recognizeIdCard } from './ocr-service'
import { identityStatus, submitIdCard } from './service'

/** The bytes of the multipart field `image` (parsed in memory by the validator's multer). */
function uploadedImage(req: Request): Buffer {
  const files = Array.isArray(req.files) ? req.files : Object.values(req.files ?? {}).flat()
  const image = files.find((f) => f.fieldname === 'image')
  if (!image) throw new SandboxError(400, 'VALIDATION_FAILED', MESSAGES.validation)
  return image.buffer
}

export function identityRoutes(deps: SandboxDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/identity',
      operationId: 'getIdentity',
      handle: (req, res) => {
        res.json(identityStatus(deps, userIdOf(req)))
      },
    },
    {
      method: 'post',
      path: '/identity/ocr',
      operationId: 'recognizeIdCard',
      handle: (req, res) => {
        res.json(recognizeIdCard(deps, userIdOf(req), uploadedImage(req)))
      },
    },
    {
      method: 'post',
      path: '/identity/id',
      operationId: 'submitIdCard',
      handle: (req, res) => {
        res.json(submitIdCard(deps, userIdOf(req), bodyOf<Schemas['IdSubmission']>(req)))
      },
    },
    {
      method: 'post',
      path: '/identity/face/start',
      operationId: 'startFaceVerification',
      handle: (req, res) => {
        res.status(201).json(startFaceVerification(deps, userIdOf(req)))
      },
    },
    {
      method: 'get',
      path: '/identity/face/{verifyId}',
      operationId: 'getFaceVerification',
      handle: (req, res) => {
        res.json(faceVerificationResult(deps, userIdOf(req), paramOf(req, 'verifyId')))
      },
    },
    {
      method: 'post',
      path: '/face-provider/{verifyId}/complete',
      operationId: 'completeFaceVerification',
      handle: (req, res) => {
        const { outcome } = bodyOf<Schemas['FaceOutcomeRequest']>(req)
        completeFaceVerification(deps, userIdOf(req), paramOf(req, 'verifyId'), outcome)
        res.status(204).end()
      },
    },
  ]
}
