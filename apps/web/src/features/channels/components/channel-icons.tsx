import { Icon as StrokeIcon, type IconProps } from '../../../components/icons';

/** Stroke icons of the channel screens (emoji are missing on many phones' fonts); a notch smaller by default. */
function Icon({ size = 18, ...props }: IconProps) {
  return <StrokeIcon size={size} {...props} />;
}

export function ChatIcon(props: IconProps) {
  return (
    <Icon size={20} {...props}>
      <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" />
    </Icon>
  );
}

export function PinIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M9 4h6l-1 6l3 3H7l3-3zM12 16v5" />
    </Icon>
  );
}

export function PollIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M5 20V10M12 20V4M19 20v-7" />
    </Icon>
  );
}

export function BellIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 21h4" />
    </Icon>
  );
}

export function BackIcon(props: IconProps) {
  return (
    <Icon size={22} {...props}>
      <path d="M15 5l-7 7l7 7" />
    </Icon>
  );
}

export function PeopleIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M16 20v-1a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v1M9 11a4 4 0 1 0 0-8a4 4 0 0 0 0 8M22 20v-1a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8" />
    </Icon>
  );
}
