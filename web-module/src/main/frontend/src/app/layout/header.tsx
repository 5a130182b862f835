import { Link } from '@tanstack/react-router';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { CartBadge } from '@/features/cart/components/cart-badge';
import { SearchBar } from '@/features/search/components/search-bar';
import { forgetAccountCart } from '../session';

export function Header() {
  return (
    <header className="header">
      <div className="header__inner">
        <Link to="/" className="header__logo">
          Handmade Market
        </Link>
        <SearchBar />
        <nav className="header__nav" aria-label="Account">
          <AccountMenu onSignedOut={forgetAccountCart} />
          <CartBadge />
        </nav>
      </div>
    </header>
  );
}
