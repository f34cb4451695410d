Feature: Tidy shop notices

  Scenario Outline: tidying a notice
    Given the notice text "<raw>"
    When the notice is tidied
    Then it reads "<tidy>"

    Examples:
      | raw                         | tidy                        |
      | hello world                 | Hello world                 |
      | CLOSED FOR LUNCH            | Closed for lunch            |
      |   back in 5 minutes         | Back in 5 minutes           |
      | pLEASE  ring   the bell     | Please ring the bell        |
      | a                           | A                           |
      | Open                        | Open                        |
      | no dogs, except guide dogs. | No dogs, except guide dogs. |
      | 2 FOR 1 on bread            | 2 for 1 on bread            |
