Feature: Programme recording
  The recorder starts 2 minutes before the listed start and keeps going 10 minutes after the
  listed end, in case the channel runs late. Times are on a 24-hour clock and may cross midnight.

  Scenario Outline: setting a recording
    Given a programme listed at "<start>"
    And it runs for <length> minutes
    When the recording is set
    Then recording starts at "<from>"
    And recording stops at "<until>"

    Examples:
      | start | length | from  | until |
      | 00:02 | 60     | 00:00 | 01:12 |
      | 09:00 | 10     | 08:58 | 09:20 |
      | 14:10 | 48     | 14:08 | 15:08 |
      | 18:45 | 150    | 18:43 | 21:25 |
      | 22:55 | 70     | 22:53 | 00:15 |
      | 23:59 | 5      | 23:57 | 00:14 |
