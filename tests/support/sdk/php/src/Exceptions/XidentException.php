<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Exceptions;

/** Base of the SDK exceptions: error code, request id and HTTP status. */
class XidentException extends \Exception
{
    public function __construct(
        string $message,
        protected string $errorCode = '',
        protected ?string $requestId = null,
        int $httpStatus = 0,
        ?\Throwable $previous = null,
    ) {
        parent::__construct($message, $httpStatus, $previous);
    }

    public function getErrorCode(): string
    {
        return $this->errorCode;
    }

    public function getRequestId(): ?string
    {
        return $this->requestId;
    }

    public function getHttpStatus(): int
    {
        return $this->getCode();
    }
}
