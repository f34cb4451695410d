Feature: Who was at the meeting
  The minutes start with a line naming everyone present, in the order they signed in. Each
  person is shown by first name and the initial of their surname with a full stop. The names
  are separated by commas, with "and" before the last one.

  Scenario Outline: writing the present line
    Given the sign-in sheet reads "<signed_in>"
    When the minutes heading is written
    Then the present line is "<line>"

    Examples:
      | signed_in                                             | line                                                    |
      | Ruth Ames                                             | Present: Ruth A.                                        |
      | Nadia Karim                                           | Present: Nadia K.                                       |
      | Ruth Ames, Dev Patel                                  | Present: Ruth A. and Dev P.                             |
      | Pete Morgan, Rosa Diaz                                | Present: Pete M. and Rosa D.                            |
      | Grace O'Brien, Liam Hart                              | Present: Grace O. and Liam H.                           |
      | Ruth Ames, Dev Patel, Kim Lo                          | Present: Ruth A., Dev P. and Kim L.                     |
      | Ben Ford-Smith, Amy Cole, Jo Dunn                     | Present: Ben F., Amy C. and Jo D.                       |
      | Owen Price, Sara Quinn, Tom Reid, Una Shaw            | Present: Owen P., Sara Q., Tom R. and Una S.            |
      | Yusuf Ali, Beth Grey, Carl Hunt, Dana Iles, Eve Jones | Present: Yusuf A., Beth G., Carl H., Dana I. and Eve J. |
