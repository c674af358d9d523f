import { createSocket } from 'node:dgram';

const MAGIC_COOKIE = 0x2112a442;

export interface LocalStunResponder {
  /** `stun:127.0.0.1:PORT`, for a peer connection's `iceServers`. */
  url: string;
  close(): void;
}

/**
 * A STUN server on 127.0.0.1 that answers every binding request with the address it came from. A WebRTC peer in
 * Node (werift) asks a STUN server while it gathers candidates, and with none configured asks a public one: this keeps
 * every packet of a test on the machine, and the gathering quick.
 */
export async function startLocalStunResponder(): Promise<LocalStunResponder> {
  const socket = createSocket('udp4');
  socket.on('message', (request, from) => {
    // A binding request: type 0x0001, the magic cookie, a 12-byte transaction id.
    if (request.length < 20 || request.readUInt16BE(0) !== 0x0001 || request.readUInt32BE(4) !== MAGIC_COOKIE) return;
    const reply = Buffer.alloc(32);
    reply.writeUInt16BE(0x0101, 0); // binding success
    reply.writeUInt16BE(12, 2); // one attribute of 12 bytes
    reply.writeUInt32BE(MAGIC_COOKIE, 4);
    request.copy(reply, 8, 8, 20);
    reply.writeUInt16BE(0x0020, 20); // XOR-MAPPED-ADDRESS
    reply.writeUInt16BE(8, 22);
    reply.writeUInt16BE(0x0001, 24); // IPv4
    reply.writeUInt16BE(from.port ^ (MAGIC_COOKIE >>> 16), 26);
    const address = from.address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
    reply.writeUInt32BE((address ^ MAGIC_COOKIE) >>> 0, 28);
    socket.send(reply, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  socket.unref();
  return { url: `stun:127.0.0.1:${socket.address().port}`, close: () => socket.close() };
}
