// The host's own services: native save in Electron (printing: forms.print); external links through the allow-list.
import { isAllowedExternalUrl } from '../../main/security';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected, unsupported } from '../errors';
import { fromFileDto } from '../files';

type HostHandlers = Pick<Handlers, 'host.saveFile' | 'host.openExternal'>;

export function hostHandlers(ctx: ApiContext): HostHandlers {
  return {
    'host.saveFile': async (file) => {
      if (!ctx.host.saveFile) throw unsupported('Hộp thoại lưu tệp');
      return ctx.host.saveFile(fromFileDto(file));
    },
    'host.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw rejected(`Không mở địa chỉ "${url}": chỉ mở được các trang chính thức trong danh sách cho phép.`);
      if (!ctx.host.openExternal) return { allowed: true, opened: false };
      return { allowed: true, opened: await ctx.host.openExternal(url) };
    },
  };
}
