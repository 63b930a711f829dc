<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Resources;

use Xident\SDK\Config;
use Xident\SDK\Enums\SessionStatus;
use Xident\SDK\Exceptions\ValidationException;
use Xident\SDK\Internal\Recorder;
use Xident\SDK\Responses\AgeGateCheck;
use Xident\SDK\Responses\CheckResult;
use Xident\SDK\Responses\DocumentCheck;
use Xident\SDK\Responses\InitResult;
use Xident\SDK\Responses\ResultChecks;
use Xident\SDK\Responses\SessionResult;

final class Verification
{
    public const STANDIN_TOKEN = 'xit_standin000000001';

    /** The wire's POST /init fields and their JSON types. */
    private const INIT_FIELDS = [
        'callback_url'        => 'string',
        'min_age'             => 'int',
        'success_url'         => 'string',
        'failed_url'          => 'string',
        'user_id'             => 'string',
        'theme'               => 'string',
        'locale'              => 'string',
        'metadata'            => 'string',
        'liveness_difficulty' => 'string',
        'purpose'             => 'string',
        'verification_mode'   => 'string',
    ];

    public function __construct(private readonly Config $config) {}

    /**
     * One array with the wire's snake_case keys, as the SDK takes it.
     *
     * Stricter than the SDK (which forwards the array as it is): an unknown key
     * or a value of the wrong JSON type is an InvalidArgumentException naming
     * the key, so a misspelt field cannot pass unnoticed.
     *
     * @param array<string, mixed> $params
     */
    public function init(array $params): InitResult
    {
        foreach ($params as $key => $value) {
            $type = self::INIT_FIELDS[$key] ?? null;
            if ($type === null) {
                throw new \InvalidArgumentException(sprintf(
                    "Unknown init parameter '%s' (known: %s)", $key, implode(', ', array_keys(self::INIT_FIELDS))
                ));
            }
            if ($value !== null && get_debug_type($value) !== $type) {
                throw new \InvalidArgumentException(sprintf(
                    "Init parameter '%s' must be %s, %s given", $key, $type, get_debug_type($value)
                ));
            }
        }
        if (($params['callback_url'] ?? null) === null) {
            // What the API answers (HTTP 400) when the required field is missing.
            throw new ValidationException('callback_url is required', 'INVALID_REQUEST', null, 400);
        }

        Recorder::record($this->config, 'POST', '/init', [], $params);
        return new InitResult(
            token: self::STANDIN_TOKEN,
            verifyUrl: 'https://verify.xident.io/?token=' . self::STANDIN_TOKEN,
        );
    }

    public function getResult(string $token): SessionResult
    {
        if ($token === '') {
            throw new \InvalidArgumentException('Token cannot be empty');
        }
        Recorder::record($this->config, 'GET', '/result/' . Recorder::segment($token));

        // A plausible passed session so status helpers and ageBracket() have values.
        $no = new CheckResult(performed: false, passed: false);
        return new SessionResult(
            token: $token,
            status: SessionStatus::Success,
            verified: true,
            reason: '',
            verificationType: 'age_check',
            ipCountry: null,
            externalUserId: null,
            checks: new ResultChecks(
                liveness: new CheckResult(performed: true, passed: true),
                age: new AgeGateCheck(performed: true, passed: true, gate: 18),
                document: new DocumentCheck(performed: false, passed: false),
                faceMatch: $no,
                euWallet: $no,
                aml: $no,
            ),
            risk: null,
            createdAt: '2026-08-13T10:00:00Z',
            completedAt: '2026-08-13T10:02:00Z',
            expiresAt: '2026-08-13T10:15:00Z',
        );
    }
}
