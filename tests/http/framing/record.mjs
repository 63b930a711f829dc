// Records how Node's HTTP server (llhttp) frames the raw requests of the framing corpus, the reference the
// project's server is compared with (tests/http/tst_framing.cpp).
//
//   node tests/http/framing/record.mjs OUT.json        write the corpus and Node's framing of each case
//   node tests/http/framing/record.mjs --check FILE    record again and fail (exit 1) on any change from FILE
//
// Each case is a request (or a few bytes that pretend to be one) followed by a clean pipelined request, so a
// desynchronised reading shows. The framing is what the handler saw: each request's method, target and body
// bytes as read inside the handler, in order, and whether the server kept the connection open afterwards.
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';

const CLEAN = 'GET /clean HTTP/1.1\r\nHost: x\r\n\r\n';
const H = 'Host: x\r\n';

function cases() {
    const list = [];
    const add = (name, bytes) => list.push({ name, bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'latin1') });
    const hex = (b) => b.toString(16).padStart(2, '0');
    const controls = [];
    for (let b = 0; b < 0x20; ++b) controls.push(b);
    controls.push(0x7f);

    // Requests that are fine.
    add('get', `GET /a?b=c HTTP/1.1\r\n${H}\r\n`);
    add('head', `HEAD /a HTTP/1.1\r\n${H}\r\n`);
    add('post with a length', `POST /p HTTP/1.1\r\n${H}Content-Length: 5\r\n\r\nhello`);
    add('post with a zero length', `POST /p HTTP/1.1\r\n${H}Content-Length: 0\r\n\r\n`);
    add('chunked', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n`);
    add('chunked with an extension', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n5;a=b\r\nhello\r\n0\r\n\r\n`);
    add('chunked with a quoted extension', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n5;a="b c"\r\nhello\r\n0\r\n\r\n`);
    add('chunked with trailers', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n`);
    add('chunked, upper-case hex', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n`);
    add('chunked, Chunked', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: Chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n`);
    add('pipelined three', `GET /1 HTTP/1.1\r\n${H}\r\nGET /2 HTTP/1.1\r\n${H}\r\nPOST /3 HTTP/1.1\r\n${H}Content-Length: 1\r\n\r\nx`);
    add('http/1.0', `GET /old HTTP/1.0\r\n\r\n`);
    add('http/1.0 keep-alive', `GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n`);
    add('http/1.0 with a body', `POST /old HTTP/1.0\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\nabc`);
    add('absolute-form target', `GET http://x/abs?q=1 HTTP/1.1\r\n${H}\r\n`);
    add('absolute-form, no path', `GET http://x HTTP/1.1\r\n${H}\r\n`);
    add('asterisk target', `OPTIONS * HTTP/1.1\r\n${H}\r\n`);
    add('leading blank line', `\r\nGET /after-blank HTTP/1.1\r\n${H}\r\n`);
    add('connection close', `GET /c HTTP/1.1\r\n${H}Connection: close\r\n\r\n`);
    add('keep-alive then close', `GET /c HTTP/1.1\r\n${H}Connection: keep-alive\r\nConnection: close\r\n\r\n`);
    add('close in a list', `GET /c HTTP/1.1\r\n${H}Connection: foo, close\r\n\r\n`);
    add('enclosed is not close', `GET /c HTTP/1.1\r\n${H}Connection: enclosed\r\n\r\n`);
    add('expect 100-continue', `POST /e HTTP/1.1\r\n${H}Expect: 100-continue\r\nContent-Length: 3\r\n\r\nabc`);
    add('percent-encoded target', `GET /a%20b%2Fc HTTP/1.1\r\n${H}\r\n`);
    add('obs-text in a value', Buffer.concat([Buffer.from(`GET / HTTP/1.1\r\n${H}X: a`), Buffer.from([0xe9, 0x80]), Buffer.from('\r\n\r\n')]));
    add('tab in a value', `GET / HTTP/1.1\r\n${H}X: a\tb\r\n\r\n`);
    add('empty value', `GET / HTTP/1.1\r\n${H}X:\r\n\r\n`);
    add('space after the colon only', `GET / HTTP/1.1\r\n${H}X: \r\n\r\n`);

    // Content-Length and Transfer-Encoding.
    add('length and chunked', `POST / HTTP/1.1\r\n${H}Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`);
    add('chunked and length', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n`);
    add('two equal lengths', `POST / HTTP/1.1\r\n${H}Content-Length: 3\r\nContent-Length: 3\r\n\r\nabc`);
    add('two lengths 5 and 05', `POST / HTTP/1.1\r\n${H}Content-Length: 5\r\nContent-Length: 05\r\n\r\nhello`);
    add('two different lengths', `POST / HTTP/1.1\r\n${H}Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd`);
    add('length list', `POST / HTTP/1.1\r\n${H}Content-Length: 3, 3\r\n\r\nabc`);
    add('negative length', `POST / HTTP/1.1\r\n${H}Content-Length: -1\r\n\r\n`);
    add('plus length', `POST / HTTP/1.1\r\n${H}Content-Length: +3\r\n\r\nabc`);
    add('hex length', `POST / HTTP/1.1\r\n${H}Content-Length: 0x3\r\n\r\nabc`);
    add('length with leading zeros', `POST / HTTP/1.1\r\n${H}Content-Length: 003\r\n\r\nabc`);
    add('length with spaces around', `POST / HTTP/1.1\r\n${H}Content-Length:  3 \r\n\r\nabc`);
    add('length with a space inside', `POST / HTTP/1.1\r\n${H}Content-Length: 1 2\r\n\r\nabc`);
    add('empty length', `POST / HTTP/1.1\r\n${H}Content-Length: \r\n\r\n`);
    add('huge length', `POST / HTTP/1.1\r\n${H}Content-Length: 99999999999999999999\r\n\r\n`);
    add('length, then a bare CR', `POST / HTTP/1.1\r\n${H}Content-Length: 5\r\r\n\r\nhello`);
    add('two chunked codings', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`);
    add('chunked, chunked in one field', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked, chunked\r\n\r\n0\r\n\r\n`);
    add('gzip coding', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: gzip\r\n\r\n`);
    add('gzip, chunked', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n`);
    add('chunked, gzip', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n`);
    add('identity coding', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: identity\r\nContent-Length: 3\r\n\r\nabc`);
    add('empty coding', `POST / HTTP/1.1\r\n${H}Transfer-Encoding:\r\n\r\n`);
    add('empty coding, then chunked', `POST / HTTP/1.1\r\n${H}Transfer-Encoding:\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`);
    add('chunked, then identity', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n`);
    add('chunked with a space before the colon', `POST / HTTP/1.1\r\n${H}Transfer-Encoding : chunked\r\n\r\n0\r\n\r\n`);
    add('xchunked', `POST / HTTP/1.1\r\n${H}Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\n`);
    add('chunked folded', `POST / HTTP/1.1\r\n${H}Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n`);
    for (const [label, b] of [['VT', 0x0b], ['FF', 0x0c], ['CR', 0x0d], ['NUL', 0x00]]) {
        const c = String.fromCharCode(b);
        add(`coding, ${label} before`, `POST / HTTP/1.1\r\n${H}Transfer-Encoding: ${c}chunked\r\n\r\n0\r\n\r\n`);
        add(`coding, ${label} after`, `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked${c}\r\n\r\n0\r\n\r\n`);
        add(`length, ${label} before`, `POST / HTTP/1.1\r\n${H}Content-Length: ${c}5\r\n\r\nhello`);
        add(`length, ${label} after`, `POST / HTTP/1.1\r\n${H}Content-Length: 5${c}\r\n\r\nhello`);
    }

    // Every control byte in a field name, a field value and the target.
    for (const b of controls) {
        const c = String.fromCharCode(b);
        add(`control ${hex(b)} in a field name`, `GET / HTTP/1.1\r\n${H}X${c}Y: 1\r\n\r\n`);
        add(`control ${hex(b)} in a field value`, `GET / HTTP/1.1\r\n${H}X: a${c}b\r\n\r\n`);
        add(`control ${hex(b)} in the target`, `GET /a${c}b HTTP/1.1\r\n${H}\r\n`);
    }
    // And in chunk sizes, chunk extensions and trailers.
    for (const b of [0x00, 0x01, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1f, 0x7f]) {
        const c = String.fromCharCode(b);
        const te = `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n`;
        add(`control ${hex(b)} in a chunk size`, `${te}5${c}\r\nhello\r\n0\r\n\r\n`);
        add(`control ${hex(b)} in a chunk extension`, `${te}5;a${c}=b\r\nhello\r\n0\r\n\r\n`);
        add(`control ${hex(b)} in a quoted extension`, `${te}5;a="b${c}"\r\nhello\r\n0\r\n\r\n`);
        add(`control ${hex(b)} in a trailer value`, `${te}0\r\nX-T: a${c}b\r\n\r\n`);
    }

    // Chunks.
    const te = `POST / HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n`;
    add('chunk size 0x5', `${te}0x5\r\nhello\r\n0\r\n\r\n`);
    add('chunk size +5', `${te}+5\r\nhello\r\n0\r\n\r\n`);
    add('chunk size -0', `${te}-0\r\n\r\n`);
    add('chunk size with spaces', `${te} 5 \r\nhello\r\n0\r\n\r\n`);
    add('chunk size with a space before the extension', `${te}5 ;a=b\r\nhello\r\n0\r\n\r\n`);
    add('chunk size too long', `${te}${'0'.repeat(40)}5\r\nhello\r\n0\r\n\r\n`);
    add('chunk size overflowing', `${te}fffffffffffffffff\r\nhello\r\n0\r\n\r\n`);
    add('chunk size not hex', `${te}zz\r\nhello\r\n0\r\n\r\n`);
    add('chunk longer than its size', `${te}3\r\nhello\r\n0\r\n\r\n`);
    add('chunk shorter than its size', `${te}7\r\nhello\r\n0\r\n\r\n`);
    add('chunk data, bare LF after', `${te}5\r\nhello\n0\r\n\r\n`);
    add('chunk data, bare CR after', `${te}5\r\nhello\r0\r\n\r\n`);
    add('chunk data, two bytes after', `${te}5\r\nhelloXY0\r\n\r\n`);
    add('unterminated quoted extension', `${te}5;a="b\r\nhello\r\n0\r\n\r\n`);
    add('extension without a name', `${te}5;=b\r\nhello\r\n0\r\n\r\n`);
    add('extension with an empty value', `${te}5;a=\r\nhello\r\n0\r\n\r\n`);
    add('two extensions', `${te}5;a=b;c\r\nhello\r\n0\r\n\r\n`);
    add('last chunk with an extension', `${te}5\r\nhello\r\n0;x=y\r\n\r\n`);
    add('no last chunk', `${te}5\r\nhello\r\n`);

    // Trailers and the end of a chunked message.
    add('trailer without a colon', `${te}0\r\nX-T\r\n\r\n`);
    add('trailer with an empty name', `${te}0\r\n: v\r\n\r\n`);
    add('trailer obs-fold', `${te}0\r\nX-T: a\r\n b\r\n\r\n`);
    add('two trailers', `${te}0\r\nX-A: 1\r\nX-B: 2\r\n\r\n`);
    add('bare CR ending the trailers', `${te}0\r\n\r\r\n`);
    add('bare LF ending the trailers', `${te}0\r\n\n`);
    add('last chunk, then the next request at once', `${te}0\r\n`);
    add('last chunk with a bare LF', `${te}0\n\r\n`);
    add('trailer line with a bare CR', `${te}0\r\nX-T: a\rb\r\n\r\n`);
    add('trailer with a bare LF end', `${te}0\r\nX-T: a\n\r\n`);

    // Line endings in the head.
    add('bare LF line ends', `GET /lf HTTP/1.1\n${H.replace('\r\n', '\n')}\n`);
    add('bare LF after the request line', `GET /lf HTTP/1.1\n${H}\r\n`);
    add('bare CR after the request line', `GET /cr HTTP/1.1\r${H}\r\n`);
    add('bare CR ending a field', `GET / HTTP/1.1\r\n${H}X: a\rY: b\r\n\r\n`);
    add('bare CR ending the head', `GET / HTTP/1.1\r\n${H}\rX`);
    add('bare CR then LF ending the head', `GET / HTTP/1.1\r\n${H}\r\r\n`);
    add('CR CR LF ending a field', `GET / HTTP/1.1\r\n${H}X: a\r\r\n\r\n`);
    add('obs-fold', `GET / HTTP/1.1\r\n${H}X: a\r\n b\r\n\r\n`);
    add('obs-fold with a tab', `GET / HTTP/1.1\r\n${H}X: a\r\n\tb\r\n\r\n`);
    add('first field folded', `GET / HTTP/1.1\r\n X: a\r\n${H}\r\n`);
    add('space before the colon', `GET / HTTP/1.1\r\n${H}X : a\r\n\r\n`);
    add('tab before the colon', `GET / HTTP/1.1\r\n${H}X\t: a\r\n\r\n`);
    add('empty field name', `GET / HTTP/1.1\r\n${H}: a\r\n\r\n`);
    add('field without a colon', `GET / HTTP/1.1\r\n${H}X\r\n\r\n`);
    add('space in a field name', `GET / HTTP/1.1\r\n${H}X Y: a\r\n\r\n`);
    add('non-token in a field name', `GET / HTTP/1.1\r\n${H}X(Y): a\r\n\r\n`);
    add('high byte in a field name', Buffer.concat([Buffer.from(`GET / HTTP/1.1\r\n${H}X`), Buffer.from([0xe9]), Buffer.from(': a\r\n\r\n')]));

    // The request line.
    add('two spaces after the method', `GET  / HTTP/1.1\r\n${H}\r\n`);
    add('two spaces before the version', `GET /  HTTP/1.1\r\n${H}\r\n`);
    add('tab after the method', `GET\t/ HTTP/1.1\r\n${H}\r\n`);
    add('lower-case method', `get / HTTP/1.1\r\n${H}\r\n`);
    add('unknown method', `BREW /pot HTTP/1.1\r\n${H}\r\n`);
    add('method with a slash', `G/T / HTTP/1.1\r\n${H}\r\n`);
    add('long unknown method', `${'X'.repeat(40)} / HTTP/1.1\r\n${H}\r\n`);
    add('known but odd method', `PROPFIND / HTTP/1.1\r\n${H}\r\n`);
    add('no version', `GET /\r\n\r\n`);
    add('http/0.9 style', `GET /nine\r\n`);
    add('http/1.2', `GET / HTTP/1.2\r\n${H}\r\n`);
    add('http/2.0', `GET / HTTP/2.0\r\n${H}\r\n`);
    add('http/11', `GET / HTTP/11\r\n${H}\r\n`);
    add('lower-case version', `GET / http/1.1\r\n${H}\r\n`);
    add('version with a space', `GET / HTTP/ 1.1\r\n${H}\r\n`);
    add('http/2 preface', `PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n`);
    add('target with a space', `GET /a b HTTP/1.1\r\n${H}\r\n`);
    add('target with a hash', `GET /a#b HTTP/1.1\r\n${H}\r\n`);
    add('target with a high byte', Buffer.concat([Buffer.from('GET /a'), Buffer.from([0xe9]), Buffer.from(` HTTP/1.1\r\n${H}\r\n`)]));
    add('empty target', `GET  HTTP/1.1\r\n${H}\r\n`);
    add('authority-form without CONNECT', `GET x:80 HTTP/1.1\r\n${H}\r\n`);
    add('tls handshake', Buffer.from('160301020001000001fc0303', 'hex'));
    add('garbage', 'hello there\r\n\r\n');

    // Host.
    add('no host in 1.1', 'GET / HTTP/1.1\r\n\r\n');
    add('two hosts', 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n');
    add('two equal hosts', 'GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n');
    add('empty host', 'GET / HTTP/1.1\r\nHost:\r\n\r\n');
    add('no host in 1.0', 'GET /h HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
    add('host with a port', 'GET / HTTP/1.1\r\nHost: x:8080\r\n\r\n');

    // CONNECT and Upgrade.
    add('connect', 'CONNECT x:443 HTTP/1.1\r\nHost: x:443\r\n\r\n');
    add('connect with a body', 'CONNECT x:443 HTTP/1.1\r\nHost: x:443\r\nContent-Length: 3\r\n\r\nabc');
    add('upgrade h2c', `GET /u HTTP/1.1\r\n${H}Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n`);
    add('upgrade websocket', `GET /ws HTTP/1.1\r\n${H}Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`);
    add('upgrade header without connection', `GET /u HTTP/1.1\r\n${H}Upgrade: websocket\r\n\r\n`);
    add('connection upgrade without header', `GET /u HTTP/1.1\r\n${H}Connection: upgrade\r\n\r\n`);
    add('upgrade with a body', `POST /u HTTP/1.1\r\n${H}Connection: Upgrade\r\nUpgrade: h2c\r\nContent-Length: 3\r\n\r\nabc`);

    // Protocols llhttp also frames, sizes at the edge of 64 bits, and what ends a connection late.
    add('rtsp version', `GET /r RTSP/1.0\r\n${H}\r\n`);
    add('ice version', `SOURCE /i ICE/1.0\r\n${H}\r\n`);
    add('rtsp method', `DESCRIBE /d HTTP/1.1\r\n${H}\r\n`);
    add('chunk size 2^64 - 1', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\nx`);
    add('chunk size 2^63', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n8000000000000000\r\nx`);
    add('chunk size past 2^64', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n10000000000000000\r\nx`);
    add('chunk size with 2000 leading zeros', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n${'0'.repeat(2000)}1\r\nx\r\n0\r\n\r\n`);
    add('http/1.0 chunked', `POST /old HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n`);
    add('close in the trailers', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\nConnection: close\r\n\r\n`);
    add('fold of an empty value', `GET / HTTP/1.1\r\n${H}X:\r\n \r\n\r\n`);
    add('fold in the trailers', `POST /c HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\n0\r\nX: a\r\n b\r\n\r\n`);
    add('host with a space', `GET / HTTP/1.1\r\nHost: a b\r\n\r\n`);
    add('host with a slash', `GET / HTTP/1.1\r\nHost: a/b\r\n\r\n`);
    add('host with userinfo', `GET / HTTP/1.1\r\nHost: user@a\r\n\r\n`);
    add('host as an ip literal', `GET / HTTP/1.1\r\nHost: [::1]:9000\r\n\r\n`);
    return list;
}

function record(list) {
    return new Promise((resolve) => {
        const seen = new Map();      // the client's local port → requests the handler saw
        const portOf = new WeakMap();   // a server-side socket → its client's port, taken when it connected
        const server = http.createServer({ keepAliveTimeout: 60000, headersTimeout: 60000, requestTimeout: 0 }, (req, res) => {
            // A request counts once the handler has read all of it: Node calls the handler at the end of the head,
            // and a body that turns out malformed ends in an error instead. Node serves one request at a time on a
            // connection, so the ends come in order.
            const port = portOf.get(req.socket);
            const chunks = [];
            req.on('data', (c) => chunks.push(c));
            req.on('end', () => {
                if (!seen.has(port)) seen.set(port, []);
                seen.get(port).push({ method: req.method, target: req.url, body: Buffer.concat(chunks).toString('base64') });
                res.end('ok');
            });
            req.on('error', () => {});
        });
        server.on('connection', (socket) => portOf.set(socket, socket.remotePort));
        server.on('clientError', (err, socket) => socket.destroy());
        server.listen(0, '127.0.0.1', () => {
            const port = server.address().port;
            const clients = list.map((c) => {
                const state = { open: true, localPort: 0 };
                const socket = net.connect(port, '127.0.0.1', () => {
                    state.localPort = socket.localPort;
                    socket.write(Buffer.concat([c.bytes, Buffer.from(CLEAN)]));
                });
                socket.on('data', () => {});
                socket.on('end', () => { state.open = false; });
                socket.on('close', () => { state.open = false; });
                socket.on('error', () => { state.open = false; });
                state.socket = socket;
                return state;
            });
            setTimeout(() => {
                const out = list.map((c, i) => ({
                    name: c.name,
                    bytes: c.bytes.toString('base64'),
                    requests: seen.get(clients[i].localPort) || [],
                    open: clients[i].open,
                }));
                clients.forEach((s) => s.socket.destroy());
                server.close();
                resolve(out);
            }, 1500);
        });
    });
}

const args = process.argv.slice(2);
const list = cases();
const names = new Set(list.map((c) => c.name));
if (names.size !== list.length) throw new Error('two cases share a name');
const framing = await record(list);
const doc = {
    recordedWith: { node: process.versions.node, llhttp: process.versions.llhttp },
    cleanRequest: Buffer.from(CLEAN).toString('base64'),
    cases: framing,
};
if (args[0] === '--check') {
    const stored = JSON.parse(fs.readFileSync(args[1], 'utf8'));
    let changed = 0;
    const byName = new Map(stored.cases.map((c) => [c.name, c]));
    for (const c of framing) {
        const s = byName.get(c.name);
        if (!s) { console.log(`new case: ${c.name}`); ++changed; continue; }
        if (s.bytes !== c.bytes || JSON.stringify(s.requests) !== JSON.stringify(c.requests) || s.open !== c.open) {
            console.log(`changed: ${c.name}\n  stored:   ${JSON.stringify({ requests: s.requests, open: s.open })}\n  recorded: ${JSON.stringify({ requests: c.requests, open: c.open })}`);
            ++changed;
        }
    }
    if (stored.cases.length !== framing.length) { console.log(`${stored.cases.length} cases stored, ${framing.length} recorded`); ++changed; }
    console.log(`${framing.length} cases recorded with Node ${process.versions.node} (llhttp ${process.versions.llhttp}); stored with Node ${stored.recordedWith.node} (llhttp ${stored.recordedWith.llhttp}): ${changed} changed`);
    process.exit(changed ? 1 : 0);
}
fs.writeFileSync(args[0], JSON.stringify(doc, null, 1) + '\n');
console.log(`${framing.length} cases written to ${args[0]} (Node ${process.versions.node}, llhttp ${process.versions.llhttp})`);
