/** The ecosystem matrix on Jest 29: transformers, jest.config.ts, ESM and a monorepo. */
import { describeMatrix } from './describe-matrix';

describeMatrix('29');
