package org.torito.vmm.net.user;

import org.torito.packet.DhcpMessage;

/**
 * Hands out the one guest address: DISCOVER gets an OFFER, REQUEST for that address (or with
 * none) gets an ACK, REQUEST for another address gets a NAK. Every core may ask; all get the
 * same answer, since all cores share the address.
 */
final class DhcpServer {
    static final int LEASE_SECONDS = 86_400;

    private final int server;
    private final int client;
    private final int netmask;

    DhcpServer(int server, int client, int netmask) {
        this.server = server;
        this.client = client;
        this.netmask = netmask;
    }

    /** Writes the reply's DHCP payload at {@code off}; returns its length, or 0 for no reply. */
    int reply(DhcpMessage request, byte[] out, int off) {
        if (request.op() != DhcpMessage.BOOTREQUEST) {
            return 0;
        }
        int type = request.messageType();
        int answer;
        if (type == DhcpMessage.DISCOVER) {
            answer = DhcpMessage.OFFER;
        } else if (type == DhcpMessage.REQUEST) {
            int wanted = request.intOption(DhcpMessage.OPTION_REQUESTED_IP, request.clientIp());
            int serverId = request.intOption(DhcpMessage.OPTION_SERVER_ID, server);
            if (serverId != server) {
                return 0; // the client chose another server
            }
            answer = wanted == 0 || wanted == client ? DhcpMessage.ACK : DhcpMessage.NAK;
        } else {
            return 0;
        }
        boolean nak = answer == DhcpMessage.NAK;
        int p = off + DhcpMessage.writeHeader(out, off, DhcpMessage.BOOTREPLY, request.transactionId(),
                request.flags(), 0, nak ? 0 : client, nak ? 0 : server, request.relayIp(), request.clientMac());
        p = DhcpMessage.putByteOption(out, p, DhcpMessage.OPTION_MESSAGE_TYPE, answer);
        p = DhcpMessage.putIntOption(out, p, DhcpMessage.OPTION_SERVER_ID, server);
        if (!nak) {
            p = DhcpMessage.putIntOption(out, p, DhcpMessage.OPTION_LEASE_TIME, LEASE_SECONDS);
            p = DhcpMessage.putIntOption(out, p, DhcpMessage.OPTION_SUBNET_MASK, netmask);
            p = DhcpMessage.putIntOption(out, p, DhcpMessage.OPTION_ROUTER, server);
        }
        p = DhcpMessage.putEnd(out, p);
        while (p - off < 300) {
            out[p++] = 0; // BOOTP minimum message size (RFC 1542)
        }
        return p - off;
    }
}
