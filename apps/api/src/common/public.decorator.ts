import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'cdt:isPublic';

/** Opts a route out of authentication; every other route requires a valid access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
