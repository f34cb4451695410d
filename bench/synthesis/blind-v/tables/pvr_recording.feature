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
      | 20:00 | 60     | 19:58 | 21:10 |
      | 21:30 | 45     | 21:28 | 22:25 |
      | 12:30 | 25     | 12:28 | 13:05 |
      | 19:05 | 115    | 19:03 | 21:10 |
      | 06:02 | 28     | 06:00 | 06:40 |
      | 23:15 | 50     | 23:13 | 00:15 |
      | 22:40 | 80     | 22:38 | 00:10 |
      | 00:01 | 30     | 23:59 | 00:41 |
      | 00:00 | 90     | 23:58 | 01:40 |
