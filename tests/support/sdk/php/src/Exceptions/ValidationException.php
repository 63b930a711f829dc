<?php
/* Test stand-in for the Xident PHP SDK, from its documented call surface; records calls instead of sending them. */

declare(strict_types=1);

namespace Xident\SDK\Exceptions;

class ValidationException extends XidentException {}
