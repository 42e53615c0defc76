/** The ecosystem matrix on Jest 30: transformers, jest.config.ts, ESM and a monorepo. */
import { describeMatrix } from './describe-matrix';

describeMatrix('30');
