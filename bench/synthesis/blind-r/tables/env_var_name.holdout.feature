Feature: Environment variable names

  Scenario Outline: naming a setting
    Given the setting is called "<name>"
    When it is turned into an environment variable
    Then the variable is "<variable>"

    Examples:
      | name                 | variable            |
      | page size            | PAGE_SIZE           |
      | Sentry DSN           | SENTRY_DSN          |
      | queue-name           | QUEUE_NAME          |
      | s3 bucket region     | S3_BUCKET_REGION    |
      | mail.from address    | MAIL_FROM_ADDRESS   |
      | Cookie secret: admin | COOKIE_SECRET_ADMIN |
