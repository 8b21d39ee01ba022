package org.newsarchive.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A database that is down, unreachable or too slow is a passing state, not a bug: the
 * reader gets the 503 page, asked to come back shortly, and the page is never cached.
 * The pool gives up after its connection timeout and queries after their query
 * timeout, so the answer comes within those bounds. Any other data error stays a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailable {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final String CLOSED_CONNECTION = "Connection is closed";

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void unavailable(Exception ex, HttpServletResponse response) throws Exception {
		if (!isPassing(ex)) {
			throw ex;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/**
	 * Whether anything in the chain says the database could not be reached or answer in
	 * time. The causes are read down to the driver's SQL state (class 08: connection),
	 * because a failed query's rollback on the dead connection hides the first failure
	 * behind HikariCP's "Connection is closed", which has no state.
	 */
	static boolean isPassing(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException
					|| cause instanceof RecoverableDataAccessException
					|| cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
					|| cause instanceof SQLRecoverableException || connectionState(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean connectionState(Throwable cause) {
		return cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
				|| CLOSED_CONNECTION.equals(sql.getMessage()));
	}

}
