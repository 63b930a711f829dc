<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Resources;

use Xident\SDK\Config;
use Xident\SDK\Internal\Recorder;
use Xident\SDK\Responses\Face2FAChallenge;
use Xident\SDK\Responses\Face2FAEnrollment;
use Xident\SDK\Responses\Face2FAStatus;

final class Face2FA
{
    public const STANDIN_CHALLENGE = 'chl_standin';

    public function __construct(private readonly Config $config) {}

    /** $image is base64; the SDK's parameter name is $image. */
    public function register(string $userId, string $image): Face2FAChallenge
    {
        return $this->submit('/2fa/register', $userId, $image);
    }

    public function verify(string $userId, string $image): Face2FAChallenge
    {
        return $this->submit('/2fa/verify', $userId, $image);
    }

    public function getStatus(string $challengeId): Face2FAStatus
    {
        if ($challengeId === '') {
            throw new \InvalidArgumentException('Challenge ID cannot be empty');
        }
        Recorder::record($this->config, 'GET', '/2fa/status/' . Recorder::segment($challengeId));
        return new Face2FAStatus(challengeId: $challengeId, kind: 'verify', status: 'processing',
            expiresAt: '2026-08-13T10:05:00Z');
    }

    public function getUser(string $userId): Face2FAEnrollment
    {
        self::requireUserId($userId);
        Recorder::record($this->config, 'GET', '/2fa/users/' . Recorder::segment($userId));
        return new Face2FAEnrollment(enrolled: false, enrolledAt: null);
    }

    public function deleteUser(string $userId): bool
    {
        self::requireUserId($userId);
        Recorder::record($this->config, 'DELETE', '/2fa/users/' . Recorder::segment($userId));
        return true;
    }

    private function submit(string $path, string $userId, string $image): Face2FAChallenge
    {
        self::requireUserId($userId);
        if ($image === '') {
            throw new \InvalidArgumentException('Image cannot be empty');
        }
        Recorder::record($this->config, 'POST', $path, [], ['user_id' => $userId, 'image' => $image]);
        return new Face2FAChallenge(challengeId: self::STANDIN_CHALLENGE, status: 'processing');
    }

    private static function requireUserId(string $userId): void
    {
        if ($userId === '') {
            throw new \InvalidArgumentException('User ID cannot be empty');
        }
    }
}
