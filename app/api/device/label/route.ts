import type { NextRequest } from 'next/server';
import { saveDeviceLabel } from '@/lib/device/label-action';

/** ラベル登録 after a device change (form post → 303). */
export function POST(req: NextRequest) {
  return saveDeviceLabel(req);
}
