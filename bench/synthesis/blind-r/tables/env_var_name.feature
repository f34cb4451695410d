Feature: Environment variable names

  Scenario Outline: naming a setting
    Given the setting is called "<name>"
    When it is turned into an environment variable
    Then the variable is "<variable>"

    Examples:
      | name                    | variable               |
      | max retry count         | MAX_RETRY_COUNT        |
      | api key                 | API_KEY                |
      | log-level               | LOG_LEVEL              |
      | Database URL            | DATABASE_URL           |
      | timeout                 | TIMEOUT                |
      | http2 port              | HTTP2_PORT             |
      | smtp.host               | SMTP_HOST              |
      | retry - delay           | RETRY_DELAY            |
      | Feature flag: dark mode | FEATURE_FLAG_DARK_MODE |
